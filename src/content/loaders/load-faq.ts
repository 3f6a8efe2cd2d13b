/** The FAQ of a bundled topic other than the default one, from its own file. */
import { loadTopic } from '../catalogue.js';

export const loadFaq = (id: string) =>
  loadTopic(id, 'faq', {
    'lower-back-pain': () => import('./faq/lower-back-pain.js'),
    sciatica: () => import('./faq/sciatica.js'),
    'lumbar-spinal-stenosis': () => import('./faq/lumbar-spinal-stenosis.js'),
  });
