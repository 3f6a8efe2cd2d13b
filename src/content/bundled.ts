/**
 * What each element bundles: the default topic's content inline, so it renders at once, and a
 * loader for every other topic (catalogue.ts, loaded on demand). Each element imports only its own
 * export, so a bundle of one element carries only its share of the default topic.
 */
import type { BundledTopics } from '../core/content-controller.js';
import type { AnatomyTableContent, ChecklistContent, FaqContent, RedFlagContent } from './schema.js';
import { anatomy, checklist, faq, redFlags } from './topics/back-spasms-walking.js';

// Destructured where imported, so that bundlers keep the loader in its own chunk.
export const anatomyBundled: BundledTopics<AnatomyTableContent> = {
  inline: anatomy,
  load: (id) => import('./catalogue.js').then(({ loadTopic }) => loadTopic(id, 'anatomy')),
};
export const faqBundled: BundledTopics<FaqContent> = {
  inline: faq,
  load: (id) => import('./catalogue.js').then(({ loadTopic }) => loadTopic(id, 'faq')),
};
export const redFlagBundled: BundledTopics<RedFlagContent> = {
  inline: redFlags,
  load: (id) => import('./catalogue.js').then(({ loadTopic }) => loadTopic(id, 'redFlags')),
};
export const checklistBundled: BundledTopics<ChecklistContent> = {
  inline: checklist,
  load: (id) => import('./catalogue.js').then(({ loadTopic }) => loadTopic(id, 'checklist')),
};
