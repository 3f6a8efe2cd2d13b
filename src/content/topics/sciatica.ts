/**
 * Topic: sciatica.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts) and one of sciatica's own from NHS guidance: numbness or
 * tingling in one leg. The answers follow NHS advice on sciatica and NICE NG59. It has no anatomy
 * table or checklist: no source we checked covers them for this topic.
 */
export { redFlags } from './sciatica/red-flags.js';
export { faq } from './sciatica/faq.js';
