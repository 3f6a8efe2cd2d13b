/** English (US): the same words as English (UK) but for ticks, which are checks, and the ER. */
import type { Pack, UiStrings } from '../strings.js';

const strings = {
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  checkedBy: 'Checked against the sources below by {name}.',
  clinicalReviewer: 'Checked by a clinician: {name}, {role}.',
  noClinicalReviewer: 'Not checked by a clinician.',
  sources: 'Sources',
  noSources: 'We have not checked this against a published source yet.',
  checked: 'checked',
  contentError: 'This content could not be shown:',
  showAll: 'Show all answers',
  hideAll: 'Hide all answers',
  progress: '{done} of {total} done',
  why: 'Why it may help:',
  reset: 'Clear all checks',
  saved: 'Your checks are saved in this browser only.',
  notSaved: 'Your checks cannot be saved in this browser. They will go when you leave the page.',
  emergency: 'Emergency',
  urgent: 'Urgent',
  'see-doctor': 'See a doctor',
  'self-care': 'Self-care',
  question: 'Which of these signs do you have?',
  none: 'None of these',
  prompt: 'Check the signs you have, or "None of these". Your result shows here.',
  source: 'Source',
  callNumber: 'Call {number} now, or go to the nearest emergency room (ER).',
  localNumber: 'your local emergency number',
  urgentService: 'You can also get advice today from {service}.',
  safetyNet: 'If another symptom worries you, or you are not sure, get medical advice.',
  disclaimer:
    'This is not a diagnosis. If you are worried, get medical advice anyway. In an emergency, call {number}.',
} satisfies UiStrings;

export default {
  meta: {
    locale: 'en-US',
    name: 'English (US)',
    checkedBy: 'The health-widgets maintainers, who write the English strings.',
    unchecked: [],
  },
  strings,
} satisfies Pack;
