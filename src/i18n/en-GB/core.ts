/** English (UK) strings every element has: the review footer and the error title. */
import type { CoreStrings, ReviewStrings } from '../strings.js';

export const reviewStrings: ReviewStrings = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  sources: 'Sources',
};

export const coreStrings: CoreStrings = {
  ...reviewStrings,
  contentError: 'This content could not be shown:',
};
