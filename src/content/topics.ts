/**
 * The bundled topics. To add a topic, add its file under topics/ and one line to each map.
 * Each element reads only its own map, so a bundle of one element carries only its share.
 */
import type { AnatomyTableContent, ChecklistContent, FaqContent, RedFlagContent, Topic } from './schema.js';
import * as backSpasmsWalking from './topics/back-spasms-walking.js';

export const DEFAULT_TOPIC = 'back-spasms-walking';

export const anatomyTopics: Record<string, AnatomyTableContent> = {
  [backSpasmsWalking.meta.id]: backSpasmsWalking.anatomy,
};
export const faqTopics: Record<string, FaqContent> = {
  [backSpasmsWalking.meta.id]: backSpasmsWalking.faq,
};
export const redFlagTopics: Record<string, RedFlagContent> = {
  [backSpasmsWalking.meta.id]: backSpasmsWalking.redFlags,
};
export const checklistTopics: Record<string, ChecklistContent> = {
  [backSpasmsWalking.meta.id]: backSpasmsWalking.checklist,
};

/** Every bundled topic, whole. */
export const topics: Record<string, Topic> = {
  [backSpasmsWalking.meta.id]: backSpasmsWalking,
};
