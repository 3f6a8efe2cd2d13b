import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/faq-accordion/faq-accordion.js';
import type { HwFaqAccordion } from '../src/components/faq-accordion/faq-accordion.js';
import { faqTopics } from '../src/content/topics.js';
import { controlsFor } from './controls.js';
import { faqAccordionUsage } from './usage.js';
import { faq } from '../src/content/topics/back-spasms-walking.js';

/** Opens the first question, so the story shows an answer; the story tests run it too. */
const openFirst: StoryObj['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('hw-faq-accordion')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  await el.updateComplete;
};

const { args, argTypes, template } = controlsFor<HwFaqAccordion>('hw-faq-accordion', faqTopics);

const meta: Meta = {
  title: 'Elements/FAQ accordion',
  component: 'hw-faq-accordion',
  tags: ['autodocs'],
  args: { ...args, 'heading-level': 2 },
  argTypes,
  render: (args) => template(args),
  parameters: { usage: faqAccordionUsage },
};
export default meta;

type Story = StoryObj;

/** Zero configuration: the bundled topic, every answer closed. Several may be open at once. */
export const Default: Story = {};

/** `exclusive`: opening one question closes the others, so there is no Show all control. */
export const Exclusive: Story = { args: { exclusive: true }, play: openFirst };

/** Fifty questions: each answer is a labelled group rather than a landmark, and arrows still move. */
export const FiftyQuestions: Story = {
  args: {
    content: {
      ...faq,
      heading: 'Fifty questions',
      items: Array.from({ length: 50 }, (_, index) => ({
        id: `question-${index + 1}`,
        question: `Question ${index + 1}: ${faq.items[index % faq.items.length]!.question}`,
        answer: faq.items[index % faq.items.length]!.answer,
      })),
    },
  },
};

/** An answer with paragraphs, emphasis, lists and links, all structured data and never HTML. */
export const RichAnswer: Story = {
  args: {
    content: {
      ...faq,
      heading: 'Getting help',
      items: [
        {
          id: 'who-to-ask',
          question: 'Who can help with back spasms?',
          answer: [
            ['Start with a ', { text: 'pharmacist', em: true }, ' or your doctor. They can:'],
            {
              list: [
                'check what is causing the spasms',
                ['suggest ', { text: 'gentle exercises', em: true }],
                'refer you to a physiotherapist',
              ],
            },
            'If you see a physiotherapist:',
            {
              list: ['Bring a list of when the spasms happen.', 'Wear clothes you can move in.'],
              ordered: true,
            },
            [
              'Read the ',
              { text: 'NHS page on back pain', href: 'https://www.nhs.uk/conditions/back-pain/' },
              ' or ',
              { text: 'see our own guide', href: '/guides/back-pain' },
              '.',
            ],
          ],
        },
        ...faq.items.slice(0, 2),
      ],
    },
  },
  play: openFirst,
};

/**
 * `structured-data`: one schema.org FAQPage `<script type="application/ld+json">` goes into the
 * element's light DOM, built from the same questions and answers. Inspect the element to see it.
 */
export const StructuredData: Story = { args: { 'structured-data': true } };

/** On a dark page that declares `color-scheme: dark`. */
export const DarkTheme: Story = { globals: { theme: 'dark' }, play: openFirst };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { globals: { theme: 'brand' }, play: openFirst };

/**
 * A right-to-left page with content in Arabic: text and controls follow the direction. The
 * package has no Arabic pack, so the UI words are English (UK), and each part is marked with its
 * own language (`lang="ar"` on the content, `lang="en-GB"` on the UI words), so a screen reader
 * reads each in the right voice.
 */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: {
    content: {
      ...faq,
      meta: {
        ...faq.meta,
        lang: 'ar',
        // What the footer quotes from the content is in the content's language too.
        review: { ...faq.meta.review, checkedBy: 'محررو health-widgets', sources: [] },
      },
      heading: 'أسئلة شائعة',
      items: [
        { id: 'rest', question: 'هل يجب أن أرتاح؟', answer: 'ارتح قليلًا، ثم تحرك بلطف.' },
        {
          id: 'water',
          question: 'هل يساعد شرب الماء؟',
          answer: 'ربما. قلة الماء قد تجعل التشنج أكثر احتمالًا.',
        },
      ],
    },
  },
  play: openFirst,
};

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = { globals: { locale: 'cy' }, play: openFirst };

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = { globals: { locale: 'es' }, play: openFirst };

/** In US English, from `lang="en-US"`: the same words as English (UK) here (only ticks and the emergency room differ). */
export const UnitedStatesEnglish: Story = { globals: { locale: 'en-US' }, play: openFirst };

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = { globals: { locale: 'en-GB' }, play: openFirst };

/**
 * A topic the package does not bundle, here a misspelt id: a short message names the `topic`
 * attribute and the topics that have an FAQ, and the element fires `hw-content-error`.
 */
export const UnknownTopic: Story = {
  args: { topic: 'back-spasm-walking' },
  parameters: { contentErrors: 1 },
};

/** Invalid content, here a `javascript:` link in an answer: a short message names the problem. */
export const ErrorState: Story = {
  args: {
    content: {
      ...faq,
      items: [
        {
          id: 'bad-link',
          question: 'Where can I read more?',
          answer: [[{ text: 'Here', href: 'javascript:alert(1)' }]],
        },
      ],
    },
  },
  parameters: { contentErrors: 1 },
};
