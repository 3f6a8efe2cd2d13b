/**
 * The `<script type="application/json">` an element reads in its light DOM: its content, or UI
 * strings. A type with parameters (`application/json; charset=utf-8`) is JSON too, and a script
 * that a CMS editor wrapped in a paragraph still counts.
 */
export const INLINE_JSON = 'script[type^="application/json"]';
/** UI strings in markup, for pages with no build step (see i18n/html-strings.ts). */
export const STRINGS_JSON = `${INLINE_JSON}[data-strings]`;
/** Content in markup, validated before it shows. */
export const CONTENT_JSON = `${INLINE_JSON}:not([data-strings])`;
