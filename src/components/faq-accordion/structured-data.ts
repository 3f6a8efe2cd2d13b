import type { FaqContent } from '../../content/schema.js';
import { plainText } from '../../core/rich-text.js';

/** A schema.org FAQPage built from the same questions and answers the reader sees, as plain text. */
export function faqPage(content: FaqContent) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: content.meta.lang,
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
