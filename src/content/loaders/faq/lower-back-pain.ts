/** The FAQ of this topic alone, so a page that shows it loads nothing else. */
export { faq as content } from '../../topics/lower-back-pain/faq.js';
