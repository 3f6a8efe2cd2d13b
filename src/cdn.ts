/** The CDN file: registers every element for pages that load one script tag. */
import './components/anatomy-table/anatomy-table.js';
import './components/red-flag-checker/red-flag-checker.js';
