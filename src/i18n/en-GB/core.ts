/** English (UK) strings every element has: the review footer and the error title. */
import type { CoreStrings, ReviewStrings } from '../strings.js';

export const reviewStrings: ReviewStrings = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  checkedBy: 'Checked against the sources below by {name}.',
  clinicalReviewer: 'Checked by a clinician: {name}, {role}.',
  noClinicalReviewer: 'Not checked by a clinician.',
  sources: 'Sources',
  noSources: 'We have not checked this against a published source yet.',
  checked: 'checked',
};

export const coreStrings: CoreStrings = {
  ...reviewStrings,
  contentError: 'This content could not be shown:',
};
