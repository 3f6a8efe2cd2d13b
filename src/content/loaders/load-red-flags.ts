/** The red-flag checker of a bundled topic other than the default one, from its own file. */
import { loadTopic } from '../catalogue.js';

export const loadRedFlags = (id: string) =>
  loadTopic(id, 'redFlags', {
    'lower-back-pain': () => import('./red-flags/lower-back-pain.js'),
    sciatica: () => import('./red-flags/sciatica.js'),
    'lumbar-spinal-stenosis': () => import('./red-flags/lumbar-spinal-stenosis.js'),
  });
