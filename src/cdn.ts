/** The CDN file: registers every element for pages that load one script tag. */
import './components/anatomy-table/anatomy-table.js';
import './components/prevention-checklist/prevention-checklist.js';
import './components/faq-accordion/faq-accordion.js';
import './components/red-flag-checker/red-flag-checker.js';
