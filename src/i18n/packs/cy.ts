/**
 * Welsh. Written plainly by the health-widgets maintainers; no fluent Welsh speaker has checked
 * it yet, so every string is listed as unchecked. Only the UI's own words: never health content.
 */
import type { Pack, UiStrings } from '../strings.js';

const strings = {
  lastReviewed: 'Adolygwyd ddiwethaf',
  nextReview: 'Adolygiad nesaf',
  checkedBy: 'Gwiriwyd yn erbyn y ffynonellau isod gan {name}.',
  clinicalReviewer: 'Gwiriwyd gan glinigydd: {name}, {role}.',
  noClinicalReviewer: 'Heb ei wirio gan glinigydd.',
  sources: 'Ffynonellau',
  noSources: 'Nid ydym wedi gwirio hyn yn erbyn ffynhonnell gyhoeddedig eto.',
  checked: 'gwiriwyd',
  contentError: 'Nid oedd modd dangos y cynnwys hwn:',
  showAll: 'Dangos pob ateb',
  hideAll: 'Cuddio pob ateb',
  progress: "{done} o {total} wedi'u gwneud",
  why: 'Pam y gallai helpu:',
  reset: 'Clirio pob tic',
  saved: "Mae eich ticiau'n cael eu cadw yn y porwr hwn yn unig.",
  notSaved:
    "Does dim modd cadw eich ticiau yn y porwr hwn. Byddan nhw'n diflannu pan fyddwch chi'n gadael y dudalen.",
  emergency: 'Argyfwng',
  urgent: 'Brys',
  'see-doctor': 'Gweld meddyg',
  'self-care': 'Hunanofal',
  question: "Pa rai o'r arwyddion hyn sydd gennych chi?",
  none: "Dim un o'r rhain",
  prompt:
    'Ticiwch yr arwyddion sydd gennych chi, neu "Dim un o\'r rhain". Bydd eich canlyniad yn ymddangos yma.',
  source: 'Ffynhonnell',
  callNumber: "Ffoniwch {number} nawr, neu ewch i'r adran achosion brys agosaf.",
  localNumber: 'eich rhif argyfwng lleol',
  urgentService: 'Gallwch hefyd gael cyngor heddiw gan {service}.',
  safetyNet: "Os oes symptom arall yn eich poeni, neu os nad ydych chi'n siŵr, gofynnwch am gyngor meddygol.",
  disclaimer:
    "Nid diagnosis yw hwn. Os ydych chi'n poeni, gofynnwch am gyngor meddygol beth bynnag. Mewn argyfwng, ffoniwch {number}.",
} satisfies UiStrings;

export default {
  meta: {
    locale: 'cy',
    name: 'Cymraeg',
    checkedBy: 'Nobody yet: written by the health-widgets maintainers, who are not fluent in Welsh.',
    unchecked: [...(Object.keys(strings) as (keyof UiStrings)[]), 'months'],
  },
  strings,
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
} satisfies Pack;
