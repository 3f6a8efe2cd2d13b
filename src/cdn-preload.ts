/**
 * Run early in the CDN file, before any element is defined. Content given as inline JSON is read
 * and validated before it shows, and its reader and the validator are files beside the CDN file:
 * on a page with such content, they start loading now, while the rest of the CDN file is
 * evaluated, rather than one after the other once the first element asks for them. The element's
 * own requests then find them loaded or on their way.
 */
import { TAGS } from './cdn-pre-rendered.js';
import { CONTENT_JSON } from './core/inline-json.js';

if (document.querySelector(TAGS.map((tag) => `${tag} > ${CONTENT_JSON}`).join())) {
  // A failed load is the element's to report, when it asks for the file itself.
  import('./core/outside-content.js').catch(() => {});
  import('./content/validator-entry.js').catch(() => {});
}
