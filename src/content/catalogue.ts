/**
 * Every bundled topic and the widgets it has. Elements load a topic other than the default one,
 * whose content is inline in each element, through the loader of their kind (loaders/), which
 * loads this list too, only then. Each of those topics is a file of its own per widget, loaded only
 * by a page that shows it; so no element grows with the number of topics, and a bundler that
 * inlines lazy files still keeps only its element's kind (a test builds the package with extra
 * topics to prove the first). The content tests check the widgets listed here against the topics.
 */
import { DEFAULT_TOPIC } from './default-topic.js';
import type { Topic } from './schema.js';

export type Kind = Exclude<keyof Topic, 'meta'>;

/** Each topic's widgets. */
export const catalogue: Record<string, Kind[]> = {
  [DEFAULT_TOPIC]: ['anatomy', 'faq', 'redFlags', 'checklist'],
  'lower-back-pain': ['faq', 'redFlags', 'checklist'],
  sciatica: ['faq', 'redFlags'],
  'lumbar-spinal-stenosis': ['faq', 'redFlags'],
};

/** Loaders of one kind of content, by topic: each a file of its own with that content alone. */
export type Loaders<K extends Kind> = Record<string, () => Promise<{ content: NonNullable<Topic[K]> }>>;

/**
 * One widget's content of a bundled topic, from its own file. Rejects with the problem to show:
 * an unknown topic, or one without this widget (each listing the topics that have it), or a file
 * that could not be fetched (offline, or blocked).
 */
export async function loadTopic<K extends Kind>(
  id: string,
  kind: K,
  loaders: Loaders<K>,
): Promise<NonNullable<Topic[K]>> {
  const having = Object.keys(catalogue).filter((key) => catalogue[key]!.includes(kind));
  if (!Object.hasOwn(catalogue, id))
    throw new Error(`unknown topic "${id}" (topics with this widget: ${having.join(', ')})`);
  if (!Object.hasOwn(loaders, id))
    throw new Error(`"${id}" has no content for this widget (topics with it: ${having.join(', ')})`);
  try {
    return (await loaders[id]!()).content;
  } catch {
    throw new Error(`the file for "${id}" could not be loaded`);
  }
}
