import type { FaqContent } from '../../content/schema.js';
import { plainText } from '../../core/rich-text.js';

/**
 * A schema.org FAQPage built from the same questions and answers the reader sees, as plain text,
 * with the date of the last review, and the reviewer only when the content names a clinician.
 */
export function faqPage(content: FaqContent) {
  const { lang, review } = content.meta;
  const reviewer = review.clinicalReviewer;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    lastReviewed: review.lastReviewed,
    ...(reviewer && { reviewedBy: { '@type': 'Person', name: reviewer.name, jobTitle: reviewer.role } }),
    mainEntity: content.items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(item.answer) },
    })),
  };
}

/**
 * The FAQPage as the text of a `<script type="application/ld+json">`. `<` is escaped so that the
 * page, serialised to HTML, can never close the script early.
 */
export function faqPageJson(content: FaqContent): string {
  return JSON.stringify(faqPage(content)).replace(/</g, '\\u003c');
}
