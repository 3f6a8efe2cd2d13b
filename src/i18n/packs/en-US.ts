/** English (US): the same words as English (UK) but for ticks, which are checks, and the ER. */
import type { EnglishVariantPack, UiStrings } from '../strings.js';

// Only what US English words differently; every other string is English (UK)'s.
const strings = {
  reset: 'Clear all checks',
  saved: 'Your checks are saved in this browser only.',
  notSaved: 'Your checks cannot be saved in this browser. They will go when you leave the page.',
  prompt: 'Check the signs you have, or "None of these". Your result shows here.',
  callNumber: 'Call {number} now, or go to the nearest emergency room (ER).',
} satisfies Partial<UiStrings>;

export default {
  meta: {
    locale: 'en-US',
    base: 'en-GB',
    name: 'English (US)',
    checkedBy: 'The health-widgets maintainers, who write the English strings.',
    unchecked: [],
  },
  strings,
} satisfies EnglishVariantPack;
