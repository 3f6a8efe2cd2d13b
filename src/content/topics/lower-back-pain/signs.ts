/** What this topic's widgets share: its sources, metadata, warning signs and outcomes. */
import type { RedFlagContent, Source, TopicMeta } from '../../schema.js';
import { backOutcomes, backSignGroups, type SignGroup } from '../shared/back-red-flags.js';
import { niceNg59 } from '../shared/back-sources.js';

export const CHECKED = '2026-11-30';

// Sources taken by name, not picked by id, so a widget that cites only these (such as a
// checklist) does not keep every shared source in its first render.
export const niceNg59Checked: Source = { ...niceNg59, checked: CHECKED };

/** The topic's metadata with the sources one widget's content was checked against. */
export function metaCiting(sources: Source[]): TopicMeta {
  return {
    id: 'lower-back-pain',
    title: 'Lower back pain',
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
  body: 'Lower back pain often gets better in a few weeks. These steps can help:',
  steps: [
    'Keep moving, and carry on with daily life as much as you can.',
    'Try heat or an ice pack wrapped in a towel. Do not put heat or ice on skin that feels numb.',
    'Ask a pharmacist about pain relief, such as ibuprofen.',
    'See a doctor if it is not better after a few weeks, or if it gets worse.',
  ],
});
