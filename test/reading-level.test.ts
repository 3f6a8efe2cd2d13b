/**
 * Every widget's reader-facing text, content and UI strings together, reads at Flesch–Kincaid
 * grade 8 or below: the bundled topic's content, the UI strings with their placeholders filled
 * in, and the review footer's words and source notes. Names of muscles and of cited documents are
 * what they are, so they count in their widget's score but are not rewritten.
 */
import { expect } from '@open-wc/testing';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { anatomy, checklist, faq, redFlags } from '../src/content/topics/back-spasms-walking.js';
import type { TopicMeta } from '../src/content/schema.js';
import { coreStrings } from '../src/core/hw-element.js';
import { plainText } from '../src/core/rich-text.js';
import { faqStrings } from '../src/components/faq-accordion/faq-accordion.js';
import { checklistStrings } from '../src/components/prevention-checklist/prevention-checklist.js';
import { redFlagStrings } from '../src/components/red-flag-checker/red-flag-checker.js';

const MAX_GRADE = 8;

/** UI strings as a reader sees them, placeholders filled with typical values. */
const uiText = (strings: object) =>
  Object.values(strings).map((text: string) =>
    text
      .replaceAll('{number}', 'your local emergency number')
      .replaceAll('{service}', 'NHS 111')
      .replaceAll('{name}', anatomy.meta.review.checkedBy)
      .replaceAll('{role}', 'GP')
      .replaceAll('{done}', '3')
      .replaceAll('{total}', '9'),
  );

const footerText = (meta: TopicMeta) => meta.review.sources.flatMap((source) => source.note ?? []);

/** Sentences: each text ends one, and so does each . ! ? inside it. */
function counts(texts: string[]) {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    const sentences = text.split(/[.!?]+(?:\s+|$)/).filter((part) => /\w/.test(part));
    sentence += sentences.length;
    const words = text.match(/[\p{L}\d’'-]+/gu) ?? [];
    word += words.length;
    syllables += words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  }
  return { sentence, word, syllable: syllables };
}

const grade = (texts: string[]) => fleschKincaid(counts(texts));

/** The hardest texts first, to name in a failure. */
const hardest = (texts: string[]) =>
  texts
    .map((text) => [grade([text]), text] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([score, text]) => `${score.toFixed(1)}: ${text}`)
    .join('\n');

const widgets: Record<string, string[]> = {
  'hw-anatomy-table': [
    anatomy.heading,
    anatomy.caption,
    ...Object.values(anatomy.columns),
    ...anatomy.rows.flatMap((row) => [row.muscle, row.description, row.role]),
    ...uiText(coreStrings),
    ...footerText(anatomy.meta),
  ],
  'hw-faq-accordion': [
    faq.heading,
    ...faq.items.flatMap((item) => [item.question, ...plainText(item.answer).split('\n')]),
    ...uiText(faqStrings),
    ...footerText(faq.meta),
  ],
  'hw-red-flag-checker': [
    redFlags.heading,
    redFlags.audience ?? '',
    redFlags.intro ?? '',
    ...redFlags.groups.flatMap((group) => [
      group.label,
      ...group.flags.flatMap((flag) => [flag.label, flag.detail ?? '']),
    ]),
    ...Object.values(redFlags.outcomes).flatMap((outcome) => [
      outcome.heading,
      outcome.body,
      ...(outcome.steps ?? []),
    ]),
    ...uiText(redFlagStrings),
    ...footerText(redFlags.meta),
  ],
  'hw-prevention-checklist': [
    checklist.heading,
    checklist.intro ?? '',
    ...checklist.groups.flatMap((group) => [
      group.label,
      ...group.items.flatMap((item) => [item.title, item.detail ?? '', item.why ?? '']),
    ]),
    ...uiText(checklistStrings),
    ...footerText(checklist.meta),
  ],
};

describe('reading level', () => {
  it('scores hard text above grade 8 and plain text below it', () => {
    // The scorer itself must be able to fail a widget.
    expect(
      grade(['Lumbar spinal stenosis is a degenerative condition characterised by neurogenic claudication.']),
    ).to.be.above(MAX_GRADE);
    expect(grade(['Tick any of these signs you have now.'])).to.be.below(MAX_GRADE);
  });

  for (const [tag, texts] of Object.entries(widgets)) {
    it(`<${tag}> reads at grade ${MAX_GRADE} or below`, () => {
      const present = texts.filter((text) => text.trim() !== '');
      expect(present.length, 'texts found').to.be.greaterThan(10);
      const score = grade(present);
      expect(score, `grade ${score.toFixed(1)}; hardest texts:\n${hardest(present)}`).to.be.at.most(
        MAX_GRADE,
      );
    });
  }
});
