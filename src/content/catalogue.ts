/**
 * Every bundled topic, the widgets it has, and how to load it. Elements load this file only when
 * asked for a topic other than the default one, whose content is inline in each element; each
 * other topic is a file of its own, loaded only by a page that shows it. So no element grows
 * with the number of topics (a test builds the package with extra topics to prove it). The content
 * tests check the widgets listed here against the topics themselves.
 */
import { DEFAULT_TOPIC } from './default-topic.js';
import type { Topic } from './schema.js';

export type Kind = keyof Topic;

const ALL: Kind[] = ['anatomy', 'faq', 'redFlags', 'checklist'];

/** Each topic's widgets, and a loader for every topic but the default one. */
export const catalogue: Record<string, { kinds: Kind[]; load?: () => Promise<Topic> }> = {
  [DEFAULT_TOPIC]: { kinds: ALL },
  'lower-back-pain': {
    kinds: ['faq', 'redFlags', 'checklist'],
    load: () => import('./topics/lower-back-pain.js'),
  },
  sciatica: { kinds: ['faq', 'redFlags'], load: () => import('./topics/sciatica.js') },
  'lumbar-spinal-stenosis': {
    kinds: ['faq', 'redFlags'],
    load: () => import('./topics/lumbar-spinal-stenosis.js'),
  },
};

/**
 * One widget's content of a bundled topic, from the topic's own file. Rejects with the problem to
 * show: an unknown topic, or one without this widget (each listing the topics that have it), or a
 * file that could not be fetched (offline, or blocked).
 */
export async function loadTopic<K extends Kind>(id: string, kind: K): Promise<NonNullable<Topic[K]>> {
  const having = Object.keys(catalogue).filter((key) => catalogue[key]!.kinds.includes(kind));
  const entry = Object.hasOwn(catalogue, id) ? catalogue[id]! : undefined;
  if (!entry) throw new Error(`unknown topic "${id}" (topics with this widget: ${having.join(', ')})`);
  if (!entry.kinds.includes(kind) || !entry.load)
    throw new Error(`"${id}" has no content for this widget (topics with it: ${having.join(', ')})`);
  let topic: Topic;
  try {
    topic = await entry.load();
  } catch {
    throw new Error(`the file for "${id}" could not be loaded`);
  }
  return topic[kind]!;
}
