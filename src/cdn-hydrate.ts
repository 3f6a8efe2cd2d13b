/**
 * The hydrate support as the CDN file loads it, after Lit is already running: Lit's hydrate
 * support normally hooks in as LitElement is first evaluated, so here it is handed LitElement.
 */
import { LitElement } from 'lit';
import './hydrate.js';

(
  globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
).litElementHydrateSupport?.({ LitElement });
