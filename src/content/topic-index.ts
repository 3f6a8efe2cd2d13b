/**
 * The bundled topics at a glance, for CMS pickers and tools: each topic's id, title, language,
 * content version, review dates and the elements it has content for. The package also ships this
 * as `health-widgets/topics.json`, written at build time from the same list.
 */
import { topics } from './topics.js';

/** The element that shows each kind of content. */
export const WIDGETS = {
  anatomy: 'hw-anatomy-table',
  faq: 'hw-faq-accordion',
  redFlags: 'hw-red-flag-checker',
  checklist: 'hw-prevention-checklist',
} as const;

export type WidgetTag = (typeof WIDGETS)[keyof typeof WIDGETS];

export interface TopicIndexEntry {
  id: string;
  title: string;
  lang: string;
  version: string;
  lastReviewed: string;
  nextReview: string;
  /** The elements this topic has content for; any other element shows an error for it. */
  widgets: WidgetTag[];
}

/** Ids of the bundled topics, the default first. */
export const topicIds: string[] = Object.keys(topics);

export const topicIndex: TopicIndexEntry[] = Object.entries(topics).map(([id, topic]) => {
  const kinds = (Object.keys(WIDGETS) as (keyof typeof WIDGETS)[]).filter((kind) => topic[kind]);
  const { title, lang, version, review } = topic[kinds[0]!]!.meta;
  return {
    id,
    title,
    lang,
    version,
    lastReviewed: review.lastReviewed,
    nextReview: review.nextReview,
    widgets: kinds.map((kind) => WIDGETS[kind]),
  };
});
