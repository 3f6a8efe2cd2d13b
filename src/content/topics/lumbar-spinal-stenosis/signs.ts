/** What this topic's widgets share: its sources, metadata, warning signs and outcomes. */
import type { RedFlagContent, Source, TopicMeta } from '../../schema.js';
import { tierHeadings, type SignGroup } from '../shared/back-red-flags.js';
import { nhsBackPain, nhsSciatica, nhsSpinalStenosis } from '../shared/back-sources.js';
import { NHS_UK_COPY_NOTE, signs } from '../shared/citing.js';

export const CHECKED = '2026-11-30';

export const nhsSources: Source[] = [
  { ...nhsSpinalStenosis, note: NHS_UK_COPY_NOTE },
  { ...nhsBackPain, note: NHS_UK_COPY_NOTE },
  { ...nhsSciatica, note: NHS_UK_COPY_NOTE },
];
export const southTeesStenosis: Source = {
  id: 'south-tees-stenosis',
  title: 'Ten lumbar spinal stenosis facts',
  publisher: 'South Tees Hospitals NHS Foundation Trust',
  url: 'https://www.southtees.nhs.uk/resources/ten-lumbar-spinal-stenosis-facts/',
  checked: CHECKED,
};

/** The topic's metadata with the sources one widget's content was checked against. */
export function metaCiting(sources: Source[]): TopicMeta {
  return {
    id: 'lumbar-spinal-stenosis',
    title: 'Lumbar spinal stenosis',
    lang: 'en-GB',
    version: '1',
    review: {
      lastReviewed: CHECKED,
      nextReview: '2027-11-30',
      checkedBy: 'the health-widgets editors',
      sources,
    },
  };
}

/** The signs' words and tiers, in this topic's groups; its checker adds their notes. */
export const signGroups: SignGroup[] = [
  {
    id: 'nerves',
    label: 'Numbness, peeing, pooing or sex',
    flags: /* @__PURE__ */ signs('saddle-numbness', 'bladder-bowel', 'sexual-problems'),
  },
  {
    id: 'legs',
    label: 'Legs and feet',
    flags: /* @__PURE__ */ signs('both-legs', 'unsteady-legs', 'leg-weakness', 'walking-leg-pain'),
  },
  {
    id: 'other-signs',
    label: 'Fever, weight loss, a lump or chest pain',
    flags: /* @__PURE__ */ signs('chest-pain', 'fever', 'weight-loss', 'lump'),
  },
  {
    id: 'health',
    label: 'Cancer, steroids, a weak immune system or thin bones',
    flags: /* @__PURE__ */ signs('cancer-history', 'weak-immune-system', 'thin-bones'),
  },
  {
    id: 'how-it-started',
    label: 'How and when the pain started',
    flags: /* @__PURE__ */ signs('injury', 'first-back-pain-age'),
  },
  {
    id: 'pain-pattern',
    label: 'Where the pain is and how it behaves',
    flags: /* @__PURE__ */ signs('upper-back', 'night-pain', 'cough-sneeze', 'not-improving'),
  },
];

export const outcomes: RedFlagContent['outcomes'] = {
  emergency: {
    ...tierHeadings.emergency,
    body: 'These signs can mean a serious problem that needs treatment straight away. Do not wait.',
  },
  urgent: {
    ...tierHeadings.urgent,
    body: 'Ask for an urgent appointment with a doctor today, or call a medical helpline.',
  },
  'see-doctor': {
    ...tierHeadings['see-doctor'],
    body: 'Make an appointment soon. Get help sooner if things get worse or new signs appear.',
  },
  'self-care': {
    heading: 'You did not tick any of the signs listed',
    body: 'You can often manage the pain well with the right advice. These steps can help:',
    steps: [
      'When your legs hurt as you walk or stand, sit down or lean forward for a while.',
      'See a doctor if it stops you walking as far as you need to, or if it gets worse.',
    ],
  },
};
