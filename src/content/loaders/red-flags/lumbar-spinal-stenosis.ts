/** The red-flag checker of this topic alone, so a page that shows it loads nothing else. */
export { redFlags as content } from '../../topics/lumbar-spinal-stenosis/red-flags.js';
