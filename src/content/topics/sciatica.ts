/**
 * Topic: sciatica.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts) and one of sciatica's own from NHS guidance: numbness or
 * tingling in one leg. The answers follow NHS advice on sciatica and NICE NG59. It has no anatomy
 * table or checklist: no source we checked covers them for this topic.
 */
import { getHelpAnswer } from '../get-help.js';
import type { FaqContent, RedFlagContent, Source, TopicMeta } from '../schema.js';
import { flags, NHS_UK_COPY_NOTE, source, sourcesCitedBy } from './shared/citing.js';

const CHECKED = '2026-11-30';

const nhsSources: Source[] = [
  source('nhs-sciatica', NHS_UK_COPY_NOTE),
  source('nhs-back-pain', NHS_UK_COPY_NOTE),
];
const niceNg59Checked: Source = { ...source('nice-ng59'), checked: CHECKED };

/** The topic's metadata with the sources one widget's content was checked against. */
function metaCiting(sources: Source[]): TopicMeta {
  return {
    id: 'sciatica',
    title: 'Sciatica',
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
    flags: flags('both-legs', 'unsteady-legs', 'leg-weakness', 'one-leg-numbness'),
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
    body: 'Sciatica often gets better in 4 to 6 weeks. These steps can help:',
    steps: [
      'Keep moving, and carry on with daily life as much as you can.',
      'Start gentle exercise as soon as you can, and stretch often.',
      'Ask a pharmacist about pain relief.',
      'See a doctor if it is not better after a few weeks, or if it gets worse.',
    ],
  },
};

export const redFlags: RedFlagContent = {
  meta: /* @__PURE__ */ metaCiting(/* @__PURE__ */ sourcesCitedBy(flagGroups, nhsSources)),
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back or leg pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your sciatica.',
  groups: flagGroups,
  outcomes,
};

// The answers draw on NHS advice on sciatica and NICE NG59; "when to get help" lists every sign.
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting(
    /* @__PURE__ */ sourcesCitedBy(flagGroups, [...nhsSources, niceNg59Checked]),
  ),
  heading: 'Questions about sciatica',
  items: [
    {
      id: 'what-is-it',
      question: 'What is sciatica?',
      answer:
        'Sciatica is pain that comes from the sciatic nerve when something presses on it or rubs it. This nerve runs from the back of your hips, through your bottom and down each leg to your feet.',
    },
    {
      id: 'symptoms',
      question: 'What does sciatica feel like?',
      answer: [
        'It is felt in your bottom, the back of your leg, or your foot and toes. It may feel:',
        {
          list: [
            'painful: the pain may stab, burn or shoot',
            'tingly, like pins and needles',
            'numb',
            'weak',
          ],
        },
        'It may be worse when you move, sneeze or cough. You may have back pain too, but it is often not as bad as the pain in your leg.',
      ],
    },
    {
      id: 'causes',
      question: 'What causes sciatica?',
      answer: [
        'Something pressing or rubbing on the nerve. Causes include:',
        {
          list: [
            'a slipped disc, the most common cause: a soft cushion between the bones of your spine bulges out',
            'spinal stenosis: the space for the nerves in your spine gets narrow',
            'a bone in your spine that slips out of place',
            'a back injury',
          ],
        },
      ],
    },
    {
      id: 'how-long',
      question: 'How long does sciatica last?',
      answer: 'It often gets better in 4 to 6 weeks, but it can last longer.',
    },
    {
      id: 'relief',
      question: 'What can I do to ease it?',
      answer: [
        'These steps from the NHS can help you get better sooner:',
        {
          list: [
            'Start gentle exercise as soon as you can, and stretch often.',
            'Carry on with your normal day as much as you can.',
            'Do not sit or lie down for a long time. Moving may hurt, but it does no harm and can help you get better.',
            'Ask a pharmacist about pain relief that may help.',
            'If you use heat, never put it on skin that feels numb.',
          ],
        },
        [{ text: 'Read the NHS advice on sciatica', href: 'https://www.nhs.uk/conditions/sciatica/' }, '.'],
      ],
    },
    {
      id: 'treatment',
      question: 'What can a doctor do?',
      answer:
        'A GP may suggest exercises and stretches, or give you pain relief that works on nerve pain. They may send you to a physiotherapist, or for support to help you cope with the pain. Most people do not need a scan: NICE says scans are not usually needed for sciatica.',
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
