/**
 * The hydrate support as the CDN file loads it, after Lit is already running: Lit's hydrate
 * support normally hooks in as LitElement is first evaluated, so here it is handed LitElement.
 */
import { LitElement } from 'lit';
import './hydrate.js';

(
  globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
).litElementHydrateSupport?.({ LitElement });

/**
 * Resolves once the browser is idle, when the CDN file defines the elements and they take over
 * the server's HTML: the HTML is painted first, and taking it over never delays that paint. A busy
 * page still hydrates within half a second. Safari, without requestIdleCallback, waits until the
 * next frame has painted.
 */
export const idle = new Promise((resolve) =>
  'requestIdleCallback' in globalThis
    ? requestIdleCallback(resolve, { timeout: 500 })
    : requestAnimationFrame(() => setTimeout(resolve)),
);
