/** English (UK) strings of the red-flag checker. */
import type { RedFlagStrings } from '../strings.js';

import { coreStrings } from './core.js';

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
  callNumber: 'Call {number} now, or go to A&E (the emergency department).',
  localNumber: 'your local emergency number',
  urgentService: 'You can also get advice today from {service}.',
  safetyNet: 'If another symptom worries you, or you are not sure, get medical advice.',
  disclaimer:
    'This is not a diagnosis. If you are worried, get medical advice anyway. In an emergency, call {number}.',
};
