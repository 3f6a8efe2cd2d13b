/** The CDN file: registers every element for pages that load one script tag. */
// First: on a page with pre-rendered widgets, it loads the hydrate support before any element is defined.
import './cdn-pre-rendered.js';
// Then: on a page with inline JSON content, it starts loading the validator.
import './cdn-preload.js';
import './components/anatomy-table/anatomy-table.js';
import './components/prevention-checklist/prevention-checklist.js';
import './components/faq-accordion/faq-accordion.js';
import './components/red-flag-checker/red-flag-checker.js';
