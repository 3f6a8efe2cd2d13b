/** English (UK) strings of the FAQ accordion. */
import type { FaqStrings } from '../strings.js';

import { coreStrings } from './core.js';

export const faqStrings: FaqStrings = {
  ...coreStrings,
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
};
