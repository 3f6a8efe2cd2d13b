import { html, type TemplateResult } from 'lit';
import type { TopicMeta } from '../content/schema.js';
import core from './core.module.css';
import { formatDate } from './format.js';

export interface ReviewStrings {
  lastReviewed: string;
  nextReview: string;
  reviewedBy: string;
  sources: string;
}

export const reviewStrings: ReviewStrings = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  sources: 'Sources',
};

const date = (iso: string, lang: string) => html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;

/** When the content was reviewed, by whom, when it is next due, and where its facts come from. */
export function renderReview({ review, lang }: TopicMeta, strings: ReviewStrings): TemplateResult {
  return html`<div class=${core.footer} part="footer">
    <p>
      ${strings.lastReviewed}: ${date(review.lastReviewed, lang)}. ${strings.nextReview}:
      ${date(review.nextReview, lang)}. ${strings.reviewedBy}: ${review.reviewedBy}.
    </p>
    <p>${strings.sources}:</p>
    <ul>
      ${review.sources.map((source) => html`<li><a href=${source.url}>${source.title}</a> (${source.publisher})</li>`)}
    </ul>
  </div>`;
}
