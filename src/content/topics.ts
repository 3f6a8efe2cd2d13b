/**
 * The bundled topics. To add a topic, add its file under topics/ and one line to each map.
 * Each element reads only its own map, so a bundle of one element carries only its share. The keys
 * are literal strings, not `meta.id` read at run time, so that every bundler can drop the maps an
 * element does not use (the schema tests check each key matches its topic's id).
 */
import type { AnatomyTableContent, ChecklistContent, FaqContent, RedFlagContent, Topic } from './schema.js';
import * as backSpasmsWalking from './topics/back-spasms-walking.js';

export const DEFAULT_TOPIC = 'back-spasms-walking';

export const anatomyTopics: Record<string, AnatomyTableContent> = {
  'back-spasms-walking': backSpasmsWalking.anatomy,
};
export const faqTopics: Record<string, FaqContent> = {
  'back-spasms-walking': backSpasmsWalking.faq,
};
export const redFlagTopics: Record<string, RedFlagContent> = {
  'back-spasms-walking': backSpasmsWalking.redFlags,
};
export const checklistTopics: Record<string, ChecklistContent> = {
  'back-spasms-walking': backSpasmsWalking.checklist,
};

/** Every bundled topic, whole. */
export const topics: Record<string, Topic> = {
  'back-spasms-walking': backSpasmsWalking,
};
