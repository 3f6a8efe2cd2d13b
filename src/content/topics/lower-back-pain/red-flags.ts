/** This topic's red-flag checker, a module of its own so it loads only where it shows. */
import type { RedFlagContent } from '../../schema.js';
import { withNotes } from '../shared/back-sign-notes.js';
import { sourcesCitedBy } from '../shared/citing.js';
import { nhsBackPain } from '../shared/back-sources.js';
import { metaCiting, signGroups, outcomes } from './signs.js';

// Each sign with what only the checker shows of it: a detail, and the sources it was checked against.
const groups = /* @__PURE__ */ withNotes(signGroups);

export const redFlags: RedFlagContent = {
  meta: /* @__PURE__ */ metaCiting(/* @__PURE__ */ sourcesCitedBy(groups, [nhsBackPain])),
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your back pain.',
  groups,
  outcomes,
};
