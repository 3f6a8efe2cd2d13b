/**
 * English (UK): the default language, and the single source of every element's default strings.
 * Each element imports only its own module from `en-GB/`, so an English page loads no other pack
 * and no words of other elements; this whole pack is for checking the others against.
 */
import { checklistStrings } from './en-GB/checklist.js';
import { coreStrings, reviewStrings } from './en-GB/core.js';
import { faqStrings } from './en-GB/faq.js';
import { redFlagStrings } from './en-GB/red-flag.js';
import type { Pack } from './strings.js';

export { checklistStrings, coreStrings, faqStrings, redFlagStrings, reviewStrings };

/** The whole English (UK) pack, the one every other pack is checked against. */
export const enGB = {
  meta: {
    locale: 'en-GB',
    name: 'English (UK)',
    checkedBy: 'The health-widgets maintainers, who write the English strings.',
    unchecked: [],
  },
  strings: { ...faqStrings, ...checklistStrings, ...redFlagStrings },
} satisfies Pack;
