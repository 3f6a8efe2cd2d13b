/**
 * Topic: lumbar spinal stenosis, the condition most tied to leg pain when walking.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts) and stenosis's own from NHS guidance: leg pain on walking that
 * eases on sitting or bending forward. The answers follow NHS inform and an NHS trust's leaflet.
 * It has no anatomy table or checklist: no source we checked covers them for this topic.
 */
export { redFlags } from './lumbar-spinal-stenosis/red-flags.js';
export { faq } from './lumbar-spinal-stenosis/faq.js';
