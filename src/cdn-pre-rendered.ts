/**
 * Run first in the CDN file. A page with pre-rendered widgets (a declared shadow root on a tag
 * of ours before it is defined) needs the hydrate support before the elements are defined, so
 * that they take over the server's nodes; it is a file beside the CDN file, loaded only then.
 * Until it has loaded, the tags of pre-rendered widgets wait to be defined; other tags, ours
 * included, are defined as usual, so a widget the server did not render shows at once.
 */
import { defineElement } from './core/define.js';
import { TAGS, type Tag } from './core/tags.js';

/** Set on the page while one copy of the CDN file holds tags back, so a second copy does not. */
const HOLDING = Symbol.for('health-widgets.holding');
const page = globalThis as { [HOLDING]?: true };

/** Our tags with a pre-rendered widget on this page, not yet defined: only they wait. */
const held = TAGS.filter(
  (tag) =>
    !customElements.get(tag) && [...document.getElementsByTagName(tag)].some((host) => host.shadowRoot),
);

// A second copy of the file, loaded while the first holds tags back, defines through the first
// one's hold: its elements wait in the same queue, and the first of each tag wins.
if (held.length && !page[HOLDING]) {
  page[HOLDING] = true;
  const registry = customElements;
  const define = registry.define;
  const waiting: Parameters<typeof define>[] = [];
  // Once the wait is over, the hold passes everything on: a wrapper the page put around it may
  // still call it.
  let waited = false;
  const holding: typeof define = (...args) => {
    if (!waited && held.includes(args[0] as Tag)) waiting.push(args);
    else define.apply(registry, args);
  };
  registry.define = holding;
  void import('./cdn-hydrate.js')
    .then((hydrate) => hydrate.idle)
    // Without the hydrate support (its file blocked or offline), the elements draw their shadow
    // DOM afresh: the server's nodes go first, or each widget would show twice.
    .catch(() => {
      for (const tag of held)
        for (const host of document.getElementsByTagName(tag)) host.shadowRoot?.replaceChildren();
    })
    .finally(() => {
      // A wrapper the page put on `define` meanwhile (a polyfill, a logger) stays in place.
      if (registry.define === holding) registry.define = define;
      waited = true;
      delete page[HOLDING];
      // A tag a second copy also asked for is taken by then: it costs one warning, no exception.
      for (const [tag, element] of waiting) defineElement(tag, element);
    });
}
