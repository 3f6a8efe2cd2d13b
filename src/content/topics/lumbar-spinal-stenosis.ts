/**
 * Topic: lumbar spinal stenosis, the condition most tied to leg pain when walking.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts) and stenosis's own from NHS guidance: leg pain on walking that
 * eases on sitting or bending forward. The answers follow NHS inform and an NHS trust's leaflet.
 * It has no anatomy table or checklist: no source we checked covers them for this topic.
 */
import { getHelpAnswer } from '../get-help.js';
import type { FaqContent, RedFlagContent, Source, TopicMeta } from '../schema.js';
import { flags, NHS_UK_COPY_NOTE, source, sourcesCitedBy } from './shared/citing.js';

const CHECKED = '2026-11-30';

const nhsSources: Source[] = [
  source('nhs-spinal-stenosis', NHS_UK_COPY_NOTE),
  source('nhs-back-pain', NHS_UK_COPY_NOTE),
  source('nhs-sciatica', NHS_UK_COPY_NOTE),
];
const nhsInformLumbarStenosis: Source = {
  id: 'nhs-inform-lumbar-stenosis',
  title: 'Lumbar stenosis',
  publisher: 'NHS inform',
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/lumbar-stenosis',
  checked: CHECKED,
};
const southTeesStenosis: Source = {
  id: 'south-tees-stenosis',
  title: 'Ten lumbar spinal stenosis facts',
  publisher: 'South Tees Hospitals NHS Foundation Trust',
  url: 'https://www.southtees.nhs.uk/resources/ten-lumbar-spinal-stenosis-facts/',
  checked: CHECKED,
};

/** The topic's metadata with the sources one widget's content was checked against. */
function metaCiting(sources: Source[]): TopicMeta {
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

const flagGroups: RedFlagContent['groups'] = [
  {
    id: 'nerves',
    label: 'Numbness, peeing, pooing or sex',
    flags: flags('saddle-numbness', 'bladder-bowel', 'sexual-problems'),
  },
  {
    id: 'legs',
    label: 'Legs and feet',
    flags: flags('both-legs', 'unsteady-legs', 'leg-weakness', 'walking-leg-pain'),
  },
  {
    id: 'other-signs',
    label: 'Fever, weight loss, a lump or chest pain',
    flags: flags('chest-pain', 'fever', 'weight-loss', 'lump'),
  },
  {
    id: 'health',
    label: 'Cancer, steroids, a weak immune system or thin bones',
    flags: flags('cancer-history', 'weak-immune-system', 'thin-bones'),
  },
  {
    id: 'how-it-started',
    label: 'How and when the pain started',
    flags: flags('injury', 'first-back-pain-age'),
  },
  {
    id: 'pain-pattern',
    label: 'Where the pain is and how it behaves',
    flags: flags('upper-back', 'night-pain', 'cough-sneeze', 'not-improving'),
  },
];

const outcomes: RedFlagContent['outcomes'] = {
  emergency: {
    heading: 'Call the emergency number now',
    body: 'These signs can mean a serious problem that needs treatment straight away. Do not wait.',
  },
  urgent: {
    heading: 'Get medical help today',
    body: 'Ask for an urgent appointment with a doctor today, or call a medical helpline.',
  },
  'see-doctor': {
    heading: 'Book an appointment with a doctor',
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

export const redFlags: RedFlagContent = {
  meta: /* @__PURE__ */ metaCiting(/* @__PURE__ */ sourcesCitedBy(flagGroups, nhsSources)),
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back or leg pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your back or leg pain.',
  groups: flagGroups,
  outcomes,
};

// The answers draw on NHS inform and South Tees' leaflet; "when to get help" lists every sign.
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting(
    /* @__PURE__ */ sourcesCitedBy(flagGroups, [...nhsSources, nhsInformLumbarStenosis, southTeesStenosis]),
  ),
  heading: 'Questions about lumbar spinal stenosis',
  items: [
    {
      id: 'what-is-it',
      question: 'What is lumbar spinal stenosis?',
      answer:
        'It is when the space for the nerves in your lower back gets narrow. This can squeeze the nerves that go down to your legs. So it is a back problem that is felt mostly in the legs.',
    },
    {
      id: 'walking',
      question: 'Why do my legs hurt when I walk?',
      answer: [
        'Walking or standing often brings on aching, cramp, tingling or heaviness in the legs. Some people also feel weak in the legs at times.',
        'Sitting down, or leaning forward, often eases it: for example, leaning on a shopping trolley. Bending forward gives the nerves a little more room.',
      ],
    },
    {
      id: 'serious',
      question: 'Is it serious?',
      answer:
        'Most people can manage it well with the right advice. The space in the spine gets narrow as we get older, and this does not always cause pain. The nerves can get used to the change. It is a long-term condition, and it can be better or worse from day to day.',
    },
    {
      id: 'back-pain',
      question: 'Does it cause back pain?',
      answer: 'It can. But back pain with no pain in the legs is not usually caused by stenosis.',
    },
    {
      id: 'diagnosis',
      question: 'How do I find out if I have it?',
      answer:
        'A GP or other health professional will ask about your pain and examine you. They may check how well you move and how strong you are. Get help if it stops you walking as far as you need to, or makes daily life hard.',
    },
    {
      id: 'get-help',
      question: 'When should I get medical help?',
      // Built from the checker's flags, so the two always agree.
      answer: /* @__PURE__ */ getHelpAnswer(
        { groups: flagGroups, outcomes },
        'if you have any of these:',
        'If another symptom worries you, or you are not sure, get medical advice anyway.',
      ),
    },
  ],
};
