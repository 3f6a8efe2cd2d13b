/** The prevention checklist of a bundled topic other than the default one, from its own file. */
import { loadTopic } from '../catalogue.js';

export const loadChecklist = (id: string) =>
  loadTopic(id, 'checklist', {
    'lower-back-pain': () => import('./checklist/lower-back-pain.js'),
  });
