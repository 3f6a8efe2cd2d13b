/**
 * Run early in the CDN file, before any element is defined. Content given as inline JSON is
 * validated before it shows, and the validator is a file beside the CDN file: on a page with such
 * content, it starts loading now, while the rest of the CDN file is evaluated, rather than once
 * the first element asks for it. The element's own request then finds it loaded or on its way.
 */
import { TAGS } from './cdn-pre-rendered.js';
import { CONTENT_JSON } from './core/inline-json.js';

if (document.querySelector(TAGS.map((tag) => `${tag} > ${CONTENT_JSON}`).join()))
  // A failed load is the element's to report, when it asks for the validator itself.
  import('./content/validator-entry.js').catch(() => {});
