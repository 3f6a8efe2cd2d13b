import { html, type TemplateResult } from 'lit/html.js';
import type { TopicMeta } from '../content/schema.js';
import type { ReviewStrings } from '../i18n/strings.js';
import core from './core.module.css';
import { formatDate } from './format.js';

export type { ReviewStrings };

const date = (iso: string, format: (iso: string) => string) =>
  html`<time datetime=${iso}>${format(iso)}</time>`;

/**
 * When the content was reviewed, by whom, when it is next due, and where its facts come from.
 * Dates are in the UI's locale, as the words around them are; else in the content's language.
 */
export function renderReview(
  { review, lang }: TopicMeta,
  strings: ReviewStrings,
  format = (iso: string) => formatDate(iso, lang),
): TemplateResult {
  return html`<div class=${core.footer} part="footer">
    <p>
      ${strings.lastReviewed}: ${date(review.lastReviewed, format)}. ${strings.nextReview}:
      ${date(review.nextReview, format)}. ${strings.reviewedBy}: ${review.reviewedBy}.
    </p>
    <p>${strings.sources}:</p>
    <ul>
      ${review.sources.map((source) => html`<li><a href=${source.url}>${source.title}</a> (${source.publisher})</li>`)}
    </ul>
  </div>`;
}
