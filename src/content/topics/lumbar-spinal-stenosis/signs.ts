/** What this topic's widgets share: its sources, metadata, warning signs and outcomes. */
import type { RedFlagContent, Source, TopicMeta } from '../../schema.js';
import { backOutcomes, backSignGroups, type SignGroup } from '../shared/back-red-flags.js';
import { NHS_UK_COPY_NOTE, nhsBackPain, nhsSciatica, nhsSpinalStenosis } from '../shared/back-sources.js';

export const CHECKED = '2026-11-30';

export const nhsSources: Source[] = [
  { ...nhsSpinalStenosis, note: NHS_UK_COPY_NOTE },
  nhsBackPain,
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
    version: '4',
    review: {
      lastReviewed: '2026-12-02',
      nextReview: '2027-12-01',
      checkedBy: 'the health-widgets editors',
      sources,
    },
  };
}

/** The signs' words and tiers, in the back topics' groups; its checker adds their notes. */
export const signGroups: SignGroup[] = /* @__PURE__ */ backSignGroups();

export const outcomes: RedFlagContent['outcomes'] = /* @__PURE__ */ backOutcomes({
  heading: 'You did not tick any of the signs listed',
  body: 'You can often manage the pain well with the right advice. These steps can help:',
  steps: [
    'Keep moving, and carry on with daily life as much as you can.',
    'If your legs start to hurt as you walk or stand, sit down or lean forward for a while, and book an appointment with a doctor.',
    'Get medical advice if the pain gets worse, or new signs appear.',
  ],
});
