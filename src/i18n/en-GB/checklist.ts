/** English (UK) strings of the prevention checklist. */
import type { ChecklistStrings } from '../strings.js';

import { coreStrings } from './core.js';

export const checklistStrings: ChecklistStrings = {
  ...coreStrings,
  progress: '{done} of {total} done',
  why: 'Why it may help:',
  reset: 'Clear all ticks',
  saved: 'Your ticks are saved in this browser only.',
  notSaved: 'Your ticks cannot be saved in this browser. They will go when you leave the page.',
};
