/**
 * Every widget's reader-facing text, content and UI strings together, reads at Flesch–Kincaid
 * grade 8 or below: every bundled topic's content, the UI strings with their placeholders filled
 * in, and the review footer's words and source notes. Names of muscles and of cited documents are
 * what they are, so they count in their widget's score but are not rewritten.
 */
import { expect } from '@open-wc/testing';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type {
  AnatomyTableContent,
  ChecklistContent,
  FaqContent,
  RedFlagContent,
  TopicMeta,
} from '../src/content/schema.js';
import { topics } from '../src/content/topics.js';
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
      .replaceAll('{name}', 'the health-widgets editors')
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

/** Each widget's reader-facing text, by kind of content. */
const texts = {
  anatomy: (anatomy: AnatomyTableContent) => [
    anatomy.heading,
    anatomy.caption,
    ...Object.values(anatomy.columns),
    ...anatomy.rows.flatMap((row) => [row.muscle, row.description, row.role]),
    ...uiText(coreStrings),
    ...footerText(anatomy.meta),
  ],
  faq: (faq: FaqContent) => [
    faq.heading,
    ...faq.items.flatMap((item) => [item.question, ...plainText(item.answer).split('\n')]),
    ...uiText(faqStrings),
    ...footerText(faq.meta),
  ],
  redFlags: (redFlags: RedFlagContent) => [
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
  checklist: (checklist: ChecklistContent) => [
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

/** Every bundled topic's widgets: `<tag>` with topic `id` -> its texts. */
const widgets: Record<string, string[]> = Object.fromEntries(
  Object.entries(topics).flatMap(([id, topic]) => [
    ...(topic.anatomy ? [[`<hw-anatomy-table> with "${id}"`, texts.anatomy(topic.anatomy)]] : []),
    ...(topic.faq ? [[`<hw-faq-accordion> with "${id}"`, texts.faq(topic.faq)]] : []),
    ...(topic.redFlags ? [[`<hw-red-flag-checker> with "${id}"`, texts.redFlags(topic.redFlags)]] : []),
    ...(topic.checklist
      ? [[`<hw-prevention-checklist> with "${id}"`, texts.checklist(topic.checklist)]]
      : []),
  ]),
);

describe('reading level', () => {
  it('scores hard text above grade 8 and plain text below it', () => {
    // The scorer itself must be able to fail a widget.
    expect(
      grade(['Lumbar spinal stenosis is a degenerative condition characterised by neurogenic claudication.']),
    ).to.be.above(MAX_GRADE);
    expect(grade(['Tick any of these signs you have now.'])).to.be.below(MAX_GRADE);
  });

  it('covers every widget of every bundled topic', () => {
    expect(Object.keys(widgets)).to.have.length.at.least(Object.keys(topics).length * 2);
  });

  for (const [widget, shown] of Object.entries(widgets)) {
    it(`${widget} reads at grade ${MAX_GRADE} or below`, () => {
      const present = shown.filter((text) => text.trim() !== '');
      expect(present.length, 'texts found').to.be.greaterThan(10);
      const score = grade(present);
      expect(score, `grade ${score.toFixed(1)}; hardest texts:\n${hardest(present)}`).to.be.at.most(
        MAX_GRADE,
      );
    });
  }
});
