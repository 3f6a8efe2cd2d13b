/**
 * The hydrate support as the CDN file loads it, after Lit is already running (the support then
 * hands itself LitElement: see hydrate.ts), with the moment the CDN file defines the elements.
 */
import './hydrate.js';

/** The reader's first actions, to which a widget must answer: hydration then starts at once. */
const FIRST_ACTIONS = ['pointerdown', 'keydown', 'focusin'];

/**
 * Resolves once the browser is idle, when the CDN file defines the elements and they take over
 * the server's HTML: the HTML is painted first, and taking it over never delays that paint. A busy
 * page still hydrates within half a second, and at once when the reader presses, types or moves
 * focus, so that their first click or key already works. Safari, without requestIdleCallback,
 * waits until the next frame has painted.
 */
export const idle = new Promise<void>((resolve) => {
  const start = () => {
    for (const type of FIRST_ACTIONS) removeEventListener(type, start, true);
    resolve();
  };
  for (const type of FIRST_ACTIONS) addEventListener(type, start, true);
  if ('requestIdleCallback' in globalThis) requestIdleCallback(start, { timeout: 500 });
  else requestAnimationFrame(() => setTimeout(start));
});
