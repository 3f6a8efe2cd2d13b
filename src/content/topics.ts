/**
 * The bundled topics, whole, for `health-widgets/content` (the elements do not import this file:
 * they show the default topic inline and load the others, a file per widget, through loaders/).
 * To add a topic, add its files under topics/, a line to each map of the kinds it has here, a
 * line to catalogue.ts, and a line to the loader of each kind it has. The keys are literal
 * strings, not `meta.id` read at run time, so that every bundler can drop the maps a page does
 * not use (the schema tests check each key matches its id).
 */
import type { AnatomyTableContent, ChecklistContent, FaqContent, RedFlagContent, Topic } from './schema.js';
import * as backSpasmsWalking from './topics/back-spasms-walking.js';
import * as lowerBackPain from './topics/lower-back-pain.js';
import * as lumbarSpinalStenosis from './topics/lumbar-spinal-stenosis.js';
import * as sciatica from './topics/sciatica.js';

export { DEFAULT_TOPIC } from './default-topic.js';

export const anatomyTopics: Record<string, AnatomyTableContent> = {
  'back-spasms-walking': backSpasmsWalking.anatomy,
};
export const faqTopics: Record<string, FaqContent> = {
  'back-spasms-walking': backSpasmsWalking.faq,
  'lower-back-pain': lowerBackPain.faq,
  sciatica: sciatica.faq,
  'lumbar-spinal-stenosis': lumbarSpinalStenosis.faq,
};
export const redFlagTopics: Record<string, RedFlagContent> = {
  'back-spasms-walking': backSpasmsWalking.redFlags,
  'lower-back-pain': lowerBackPain.redFlags,
  sciatica: sciatica.redFlags,
  'lumbar-spinal-stenosis': lumbarSpinalStenosis.redFlags,
};
export const checklistTopics: Record<string, ChecklistContent> = {
  'back-spasms-walking': backSpasmsWalking.checklist,
  'lower-back-pain': lowerBackPain.checklist,
};

/** Every bundled topic, whole: the content of each element it supplies. */
export const topics: Record<string, Topic> = {
  'back-spasms-walking': backSpasmsWalking,
  'lower-back-pain': lowerBackPain,
  sciatica,
  'lumbar-spinal-stenosis': lumbarSpinalStenosis,
};
