/**
 * Run early in the CDN file, before any element is defined. What a page gives an element in
 * markup is read before it shows, by files beside the CDN file: the reader of what the page
 * gives, then the validator for inline JSON content and the strings reader for a `data-strings`
 * block. On a page with either, they start loading now, together, while the rest of the CDN file
 * is evaluated, rather than one after the other once the first element asks for them. The
 * element's own requests then find them loaded or on their way.
 */
import { TAGS } from './core/tags.js';
import { CONTENT_JSON, STRINGS_JSON } from './core/inline-json.js';

const given = (block: string) => document.querySelector(TAGS.map((tag) => `${tag} ${block}`).join());
const content = given(CONTENT_JSON);
const strings = given(STRINGS_JSON);
// A failed load is the element's to report, when it asks for the file itself.
if (content || strings) import('./core/outside-content.js').catch(() => {});
if (content) import('./content/validator-entry.js').catch(() => {});
if (strings) import('./i18n/html-strings.js').catch(() => {});
