import { html, nothing, type TemplateResult } from 'lit';
import type { TopicMeta } from '../content/schema.js';
import type { ReviewStrings } from '../i18n/strings.js';
import core from './core.module.css';
import { fill } from './fill.js';

export type { ReviewStrings };

const date = (iso: string, format: (iso: string) => string) =>
  html`<time datetime=${iso}>${format(iso)}</time>`;

/**
 * When the content was reviewed, what review it had (exactly as its metadata says: who checked it
 * against the sources, and a clinician only when one is named), when it is next due, and where
 * its facts come from. The footer's own words and dates (`format`) are in the UI's language
 * (`uiLang`); the names, titles and notes it quotes from the content carry the content's. Each
 * source's link names its publisher and title, so that two pages with one title read apart in a
 * list of links.
 */
export function renderReview(
  { review, lang }: TopicMeta,
  strings: ReviewStrings,
  format: (iso: string) => string,
  uiLang: string,
): TemplateResult {
  const quoted = (text: string) => html`<span lang=${lang}>${text}</span>`;
  const reviewer = review.clinicalReviewer;
  return html`<div class=${core.footer} part="footer" lang=${uiLang}>
    <p>
      ${strings.lastReviewed}: ${date(review.lastReviewed, format)}. ${strings.nextReview}:
      ${date(review.nextReview, format)}.
      ${review.sources.length ? fill(strings.checkedBy, { name: quoted(review.checkedBy) }) : strings.noSources}
      ${
        reviewer
          ? fill(strings.clinicalReviewer, { name: quoted(reviewer.name), role: quoted(reviewer.role) })
          : strings.noClinicalReviewer
      }
    </p>
    ${
      review.sources.length
        ? html`<p>${strings.sources}:</p>
            <ul>
              ${review.sources.map(
                (source) =>
                  html`<li>
                    <span lang=${lang}><a href=${source.url}>${source.publisher}: ${source.title}</a></span
                    >${source.checked ? html`, ${strings.checked} ${date(source.checked, format)}` : nothing}.
                    ${source.note ? html`<span lang=${lang}>${source.note}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
