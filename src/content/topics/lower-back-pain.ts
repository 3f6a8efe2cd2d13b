/**
 * Topic: lower back pain.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts); the answers and habits follow NHS advice on back pain and NICE
 * NG59. It has no anatomy table: no source we checked covers one for this topic.
 */
export { redFlags } from './lower-back-pain/red-flags.js';
export { faq } from './lower-back-pain/faq.js';
export { checklist } from './lower-back-pain/checklist.js';
