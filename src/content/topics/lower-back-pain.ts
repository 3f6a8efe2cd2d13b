/**
 * Topic: lower back pain.
 * Written in plain words for a reading age of about 11. The warning signs are the shared back
 * signs (shared/back-red-flags.ts); the answers and habits follow NHS advice on back pain and NICE
 * NG59. It has no anatomy table: no source we checked covers one for this topic.
 */
import { getHelpAnswer } from '../get-help.js';
import type { ChecklistContent, FaqContent, RedFlagContent, Source, TopicMeta } from '../schema.js';
import { flags, NHS_UK_COPY_NOTE, source, sourcesCitedBy } from './shared/citing.js';

const CHECKED = '2026-11-30';

const nhsBackPainCopy: Source = source('nhs-back-pain', NHS_UK_COPY_NOTE);
const niceNg59Checked: Source = { ...source('nice-ng59'), checked: CHECKED };

/** The topic's metadata with the sources one widget's content was checked against. */
function metaCiting(sources: Source[]): TopicMeta {
  return {
    id: 'lower-back-pain',
    title: 'Lower back pain',
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
    flags: flags('both-legs', 'unsteady-legs', 'leg-weakness'),
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
    body: 'Lower back pain often gets better in a few weeks. These steps can help:',
    steps: [
      'Keep moving, and carry on with daily life as much as you can.',
      'Try heat or an ice pack wrapped in a towel. Do not put heat on skin that feels numb.',
      'Ask a pharmacist about pain relief, such as ibuprofen.',
      'See a doctor if it is not better after a few weeks, or if it gets worse.',
    ],
  },
};

export const redFlags: RedFlagContent = {
  meta: /* @__PURE__ */ metaCiting(/* @__PURE__ */ sourcesCitedBy(flagGroups, [nhsBackPainCopy])),
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your back pain.',
  groups: flagGroups,
  outcomes,
};

// The answers draw on NHS advice on back pain and NICE NG59; "when to get help" lists every sign.
export const faq: FaqContent = {
  meta: /* @__PURE__ */ metaCiting(
    /* @__PURE__ */ sourcesCitedBy(flagGroups, [nhsBackPainCopy, niceNg59Checked]),
  ),
  heading: 'Questions about lower back pain',
  items: [
    {
      id: 'causes',
      question: 'What causes lower back pain?',
      answer: [
        'Often the cause is not clear. A common cause is a strain, such as a pulled muscle.',
        'Sometimes it comes from a slipped disc or sciatica, or from a long-term condition such as ankylosing spondylitis. Very rarely, it is a sign of something serious, such as a broken bone, an infection or cancer.',
      ],
    },
    {
      id: 'how-long',
      question: 'How long will it last?',
      answer: 'It often gets better on its own in a few weeks. Sometimes it lasts longer, or comes back.',
    },
    {
      id: 'relief',
      question: 'What can I do to ease it?',
      answer: [
        'These steps from the NHS can help:',
        {
          list: [
            'Stay active, and carry on with daily life as much as you can. Do not stay in bed for a long time.',
            'Try pain relief from a pharmacy, such as ibuprofen. Paracetamol on its own is not advised for back pain.',
            'For stiff or tight muscles, use a heat pack or hot water bottle wrapped in a towel. Never put heat on skin that feels numb.',
            'For pain and swelling, use an ice pack wrapped in a towel.',
            'Try gentle exercises and stretches for back pain. Walking, swimming, yoga and Pilates may help too.',
          ],
        },
        [
          'Stop an exercise if it makes the pain worse. ',
          { text: 'Read the NHS advice on back pain', href: 'https://www.nhs.uk/conditions/back-pain/' },
          '.',
        ],
      ],
    },
    {
      id: 'scan',
      question: 'Do I need a scan or an X-ray?',
      answer:
        'Most people do not. NICE, which writes guidance for the NHS, says scans are not usually needed for lower back pain. A specialist may ask for one if the result would change your care.',
    },
    {
      id: 'treatment',
      question: 'What can a doctor do?',
      answer:
        'If the pain is bad or not getting better, a GP may suggest other pain relief, or a medicine to relax your back muscles. They may also suggest an exercise programme, sometimes in a group. NICE advises exercise as a main part of care.',
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

// The habits come from NHS advice on preventing back pain; NICE NG59 gives exercise the best
// evidence. Where the evidence is weak, the reason says "may".
export const checklist: ChecklistContent = {
  meta: /* @__PURE__ */ metaCiting([nhsBackPainCopy, niceNg59Checked]),
  heading: 'Habits that may help stop back pain coming back',
  intro: 'It is hard to prevent back pain. These habits may help. Tick the ones you already have.',
  groups: [
    {
      id: 'move',
      label: 'Keep moving',
      items: [
        {
          id: 'stay-active',
          title: 'Stay active',
          detail: 'Adults should aim for at least 150 minutes of exercise a week.',
          why: 'Exercise has the best proof of all these habits for stopping back pain coming back.',
        },
        {
          id: 'back-exercises',
          title: 'Do back exercises and stretches often',
          detail: 'A GP or physiotherapist can show you which ones to try.',
          why: 'They may help keep your back strong.',
        },
        {
          id: 'sitting',
          title: 'Do not sit still for long spells',
          detail: 'Stand up and move around often.',
          why: 'Sitting for a long time may make your back stiff.',
        },
      ],
    },
    {
      id: 'every-day',
      label: 'Every day',
      items: [
        {
          id: 'lifting',
          title: 'Take care when you lift',
          why: 'Lifting the wrong way may strain your back.',
        },
        {
          id: 'posture',
          title: 'Check how you sit',
          detail: 'At a desk, or when you look at a phone or a screen.',
          why: 'How you sit may play a part, but the proof for this is weak.',
        },
        {
          id: 'weight',
          title: 'Keep to a healthy weight',
          why: 'The NHS lists losing weight, if you need to, among the steps that may help.',
        },
      ],
    },
  ],
};
