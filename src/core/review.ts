import { html, nothing, type TemplateResult } from 'lit';
import type { TopicMeta } from '../content/schema.js';
import core from './core.module.css';
import { formatDate } from './format.js';

export interface ReviewStrings {
  lastReviewed: string;
  nextReview: string;
  /** Who checked the content against its sources; `{name}` is `review.checkedBy`. */
  checkedBy: string;
  /** The named clinician who reviewed the content; `{name}` and `{role}` are theirs. */
  clinicalReviewer: string;
  /** Shown when the content names no clinician, so the footer never implies one. */
  noClinicalReviewer: string;
  sources: string;
  /** Before the date the content was checked against a source. */
  checked: string;
}

export const reviewStrings: ReviewStrings = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  checkedBy: 'Checked against the sources below by {name}.',
  clinicalReviewer: 'Checked by a clinician: {name}, {role}.',
  noClinicalReviewer: 'Not checked by a clinician.',
  sources: 'Sources',
  checked: 'checked',
};

const date = (iso: string, lang: string) => html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;

/** Puts each `{key}` of a plain-text UI string in place. */
const put = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/**
 * When the content was reviewed, what review it had (exactly as its metadata says: who checked it
 * against the sources, and a clinician only when one is named), when it is next due, and where
 * its facts come from.
 */
export function renderReview({ review, lang }: TopicMeta, strings: ReviewStrings): TemplateResult {
  const reviewer = review.clinicalReviewer;
  return html`<div class=${core.footer} part="footer">
    <p>
      ${strings.lastReviewed}: ${date(review.lastReviewed, lang)}. ${strings.nextReview}:
      ${date(review.nextReview, lang)}. ${put(strings.checkedBy, { name: review.checkedBy })}
      ${reviewer ? put(strings.clinicalReviewer, reviewer) : strings.noClinicalReviewer}
    </p>
    <p>${strings.sources}:</p>
    <ul>
      ${review.sources.map(
        (source) =>
          html`<li>
            <a href=${source.url}>${source.title}</a> (${source.publisher})${
              source.checked ? html`, ${strings.checked} ${date(source.checked, lang)}` : nothing
            }.${source.note ? ` ${source.note}` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}
