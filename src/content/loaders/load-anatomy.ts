/** The anatomy table of a bundled topic other than the default one, from its own file. */
import { loadTopic } from '../catalogue.js';

export const loadAnatomy = (id: string) => loadTopic(id, 'anatomy', {});
