/**
 * English (UK): the default language, and the single source of every element's default strings.
 * Each element imports only its own set, so an English page loads no other pack and no words of
 * other elements.
 */
import type {
  ChecklistStrings,
  CoreStrings,
  FaqStrings,
  Pack,
  RedFlagStrings,
  ReviewStrings,
} from './strings.js';

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

export const faqStrings: FaqStrings = {
  ...coreStrings,
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
};

export const checklistStrings: ChecklistStrings = {
  ...coreStrings,
  progress: '{done} of {total} done',
  why: 'Why it helps:',
  reset: 'Clear all ticks',
  saved: 'Your ticks are saved in this browser only.',
  notSaved: 'Your ticks cannot be saved in this browser. They will go when you leave the page.',
};

export const redFlagStrings: RedFlagStrings = {
  ...coreStrings,
  emergency: 'Emergency',
  urgent: 'Urgent',
  'see-doctor': 'See a doctor',
  'self-care': 'Self-care',
  question: 'Which of these signs do you have?',
  none: 'None of these',
  prompt: 'Tick the signs you have, or "None of these". Your result shows here.',
  source: 'Source',
  callNumber: 'Call {number} now, or go to the nearest emergency department.',
  localNumber: 'your local emergency number',
  urgentService: 'You can also get advice today from {service}.',
  disclaimer:
    'This is not a diagnosis. If you are worried, get medical advice anyway. In an emergency, call {number}.',
};

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
