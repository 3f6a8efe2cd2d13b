import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/components/anatomy-table/anatomy-table.js';
import '../src/components/faq-accordion/faq-accordion.js';
import '../src/components/prevention-checklist/prevention-checklist.js';
import '../src/components/red-flag-checker/red-flag-checker.js';
import { topicIds, WIDGETS, type WidgetTag } from '../src/content/topic-index.js';

interface Args {
  tag: WidgetTag;
  topic: string;
}

/**
 * Every bundled topic in every element that has its kind of content: a story each. The default
 * topic is inline in each element; the others load from their own files when the story opens.
 * A topic leaves out what no checked source covers, so not every element has every topic.
 */
const meta: Meta<Args> = {
  title: 'Topics/Every bundled topic',
  argTypes: {
    tag: { control: 'select', options: Object.values(WIDGETS) },
    topic: { control: 'select', options: topicIds },
  },
  render: ({ tag, topic }) =>
    html`<${unsafeStatic(tag)} topic=${topic} emergency-number="999" urgent-service="NHS 111"></${unsafeStatic(tag)}>`,
};
export default meta;

type Story = StoryObj<Args>;

const story = (tag: WidgetTag, topic: string): Story => ({ args: { tag, topic } });

/** Back spasms when walking, the default topic: the muscles that work when you walk. */
export const BackSpasmsAnatomyTable = story('hw-anatomy-table', 'back-spasms-walking');
/** Back spasms when walking: questions people ask. */
export const BackSpasmsFaq = story('hw-faq-accordion', 'back-spasms-walking');
/** Back spasms when walking: the 21 warning signs every back topic shares. */
export const BackSpasmsRedFlagChecker = story('hw-red-flag-checker', 'back-spasms-walking');
/** Back spasms when walking: habits that may help prevent them. */
export const BackSpasmsChecklist = story('hw-prevention-checklist', 'back-spasms-walking');

/** Lower back pain: questions about it, from NHS advice and NICE NG59. */
export const LowerBackPainFaq = story('hw-faq-accordion', 'lower-back-pain');
/** Lower back pain: the same 21 shared warning signs. */
export const LowerBackPainRedFlagChecker = story('hw-red-flag-checker', 'lower-back-pain');
/** Lower back pain: habits that may help stop it coming back. */
export const LowerBackPainChecklist = story('hw-prevention-checklist', 'lower-back-pain');

/** Sciatica: questions about it, from NHS advice and NICE NG59. */
export const SciaticaFaq = story('hw-faq-accordion', 'sciatica');
/** Sciatica: the same 21 shared warning signs, asked about back or leg pain. */
export const SciaticaRedFlagChecker = story('hw-red-flag-checker', 'sciatica');

/** Lumbar spinal stenosis: questions about it, from NHS inform and an NHS trust. */
export const LumbarSpinalStenosisFaq = story('hw-faq-accordion', 'lumbar-spinal-stenosis');
/** Lumbar spinal stenosis: the same 21 shared warning signs, asked about back or leg pain. */
export const LumbarSpinalStenosisRedFlagChecker = story('hw-red-flag-checker', 'lumbar-spinal-stenosis');
