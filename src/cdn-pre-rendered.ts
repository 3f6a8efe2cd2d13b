/**
 * Run first in the CDN file. A page with pre-rendered widgets (a declared shadow root on a tag
 * of ours before it is defined) needs the hydrate support before the elements are defined, so
 * that they take over the server's nodes; it is a file beside the CDN file, loaded only then.
 * Until it has loaded, the tags of pre-rendered widgets wait to be defined; other tags, ours
 * included, are defined as usual, so a widget the server did not render shows at once.
 */
export const TAGS = [
  'hw-anatomy-table',
  'hw-faq-accordion',
  'hw-red-flag-checker',
  'hw-prevention-checklist',
];

/** Our tags with a pre-rendered widget on this page: only they wait for the hydrate support. */
const held = TAGS.filter((tag) => [...document.getElementsByTagName(tag)].some((host) => host.shadowRoot));

if (held.length) {
  const registry = customElements;
  const define = registry.define;
  const waiting: Parameters<typeof define>[] = [];
  registry.define = (...args) => {
    if (held.includes(args[0])) waiting.push(args);
    else define.apply(registry, args);
  };
  void import('./cdn-hydrate.js')
    .then((hydrate) => hydrate.idle)
    .finally(() => {
      registry.define = define;
      for (const args of waiting) define.apply(registry, args);
    });
}
