/**
 * What each element bundles: the default topic's content inline, so it renders at once, and a
 * loader for every other topic (loaders/, loaded on demand). Each element imports only its own
 * export, so a bundle of one element carries only its share of the default topic.
 */
import type { BundledTopics } from '../core/content-controller.js';
import type { AnatomyTableContent, ChecklistContent, FaqContent, RedFlagContent } from './schema.js';
import { anatomy, checklist, faq, redFlags } from './topics/back-spasms-walking.js';

// Each loader is a file of its own, holding only its kind, loaded only for another topic.
export const anatomyBundled: BundledTopics<AnatomyTableContent> = {
  inline: anatomy,
  load: (id) => import('./loaders/load-anatomy.js').then(({ loadAnatomy }) => loadAnatomy(id)),
};
export const faqBundled: BundledTopics<FaqContent> = {
  inline: faq,
  load: (id) => import('./loaders/load-faq.js').then(({ loadFaq }) => loadFaq(id)),
};
export const redFlagBundled: BundledTopics<RedFlagContent> = {
  inline: redFlags,
  load: (id) => import('./loaders/load-red-flags.js').then(({ loadRedFlags }) => loadRedFlags(id)),
};
export const checklistBundled: BundledTopics<ChecklistContent> = {
  inline: checklist,
  load: (id) => import('./loaders/load-checklist.js').then(({ loadChecklist }) => loadChecklist(id)),
};
