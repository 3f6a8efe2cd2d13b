/** The prevention checklist of this topic alone, so a page that shows it loads nothing else. */
export { checklist as content } from '../../topics/lower-back-pain/checklist.js';
