import { html, nothing, type TemplateResult } from 'lit';
import type { TopicMeta } from '../content/schema.js';
import type { ReviewStrings } from '../i18n/strings.js';
import core from './core.module.css';
import { formatDate } from './format.js';

export type { ReviewStrings };

const date = (iso: string, format: (iso: string) => string) =>
  html`<time datetime=${iso}>${format(iso)}</time>`;

/** Puts each `{key}` of a plain-text UI string in place. */
const put = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/**
 * When the content was reviewed, what review it had (exactly as its metadata says: who checked it
 * against the sources, and a clinician only when one is named), when it is next due, and where
 * its facts come from. Dates are in the UI's locale, as the words around them are; else in the
 * content's language.
 */
export function renderReview(
  { review, lang }: TopicMeta,
  strings: ReviewStrings,
  format = (iso: string) => formatDate(iso, lang),
): TemplateResult {
  const reviewer = review.clinicalReviewer;
  return html`<div class=${core.footer} part="footer">
    <p>
      ${strings.lastReviewed}: ${date(review.lastReviewed, format)}. ${strings.nextReview}:
      ${date(review.nextReview, format)}.
      ${review.sources.length ? put(strings.checkedBy, { name: review.checkedBy }) : strings.noSources}
      ${reviewer ? put(strings.clinicalReviewer, reviewer) : strings.noClinicalReviewer}
    </p>
    ${
      review.sources.length
        ? html`<p>${strings.sources}:</p>
            <ul>
              ${review.sources.map(
                (source) =>
                  html`<li>
                    <a href=${source.url}>${source.title}</a> (${source.publisher})${
                      source.checked ? html`, ${strings.checked} ${date(source.checked, format)}` : nothing
                    }.${source.note ? ` ${source.note}` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
