/**
 * Topic: back spasms when walking.
 * Written in plain words for a reading age of about 11. The warning signs shared by every back
 * topic live in shared/back-red-flags.ts, what only the checker shows of them in
 * shared/back-sign-notes.ts, and their sources in shared/back-sources.ts. What changed between
 * content versions, and why, is in CONTENT-CHANGELOG.md.
 */
import type {
  AnatomyTableContent,
  ChecklistContent,
  FaqContent,
  RedFlagContent,
  Source,
  TopicMeta,
} from '../schema.js';
import { backGetHelpItem, backOutcomes, backSignGroups } from './shared/back-red-flags.js';
import { withNotes } from './shared/back-sign-notes.js';
import { backSources, nhsBackPain, niceNg59 } from './shared/back-sources.js';

/**
 * The topic's metadata with the sources one widget's content was checked against, so no footer
 * claims a check that did not happen. Each source is a constant of its own, and calls to this are
 * marked pure, so a bundler keeps only the sources, and the content, a page uses.
 */
function metaCiting(sources: Source[]): TopicMeta {
  return {
    id: 'back-spasms-walking',
    title: 'Back spasms when walking',
    lang: 'en-GB',
    version: '6',
    review: {
      lastReviewed: '2026-12-02',
      nextReview: '2027-12-01',
      checkedBy: 'the health-widgets editors',
      sources,
    },
  };
}

/** The whole topic's metadata, with every source its signs cite. */
export const meta: TopicMeta = /* @__PURE__ */ metaCiting([...backSources]);

// The muscles and what they do come from the source article; no published source listed here
// covers them, so the table's footer says it has not been checked against one.
export const anatomy: AnatomyTableContent = {
  meta: /* @__PURE__ */ metaCiting([]),
  heading: 'Muscles that work when you walk',
  caption: 'Back and hip muscles that can tighten or spasm when you walk',
  columns: { muscle: 'Muscle', description: 'Where it is', role: 'What it does when you walk' },
  rows: [
    {
      id: 'erector-spinae',
      muscle: 'Erector spinae',
      description: 'Long muscles that run up both sides of your spine.',
      role: 'Hold your back upright. Help you turn and lean back.',
    },
    {
      id: 'psoas-major',
      muscle: 'Psoas major',
      description: 'A deep muscle that joins your lower spine to the top of your thigh bone.',
      role: 'Pulls your thigh forward so your leg swings into the next step.',
    },
    {
      id: 'quadratus-lumborum',
      muscle: 'Quadratus lumborum',
      description: 'A deep muscle on each side of your lower back, between your hip bone and lowest rib.',
      role: 'Keeps your hips and body steady while one foot is off the ground. Helps you bend sideways.',
    },
    {
      id: 'multifidus',
      muscle: 'Multifidus',
      description: 'Small, deep muscles that link the bones of your spine to each other.',
      role: 'Make tiny changes that keep your spine in line and help your balance.',
    },
    {
      id: 'latissimus-dorsi',
      muscle: 'Latissimus dorsi (lower part)',
      description: 'The widest muscle of your back. Its lower part reaches down to your lower back.',
      role: 'Helps keep your body steady, and works with your arms as they swing.',
    },
  ],
};

// The warning signs every back topic shares, their words and tiers grouped as the checker asks
// them: what the FAQ's "when to get help" answer lists too. The checker adds each sign's notes
// (detail, sources); the FAQ does not carry them.
const signGroups = /* @__PURE__ */ backSignGroups();

const outcomes = /* @__PURE__ */ backOutcomes({
  heading: 'You did not tick any of the signs listed',
  body: 'Most back pain gets better in a few weeks. These steps can help:',
  steps: [
    'Keep moving, and carry on with daily life as much as you can.',
    'Try heat, such as a hot water bottle wrapped in a towel, but not on skin that feels numb.',
    'Ask a pharmacist about pain relief, such as ibuprofen.',
    'See a doctor if it is not better after a few weeks, or if it gets worse.',
  ],
});

export const redFlags: RedFlagContent = {
  meta,
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your back pain.',
  groups: /* @__PURE__ */ withNotes(signGroups),
  outcomes,
};

// The answers draw on the NHS first steps and NICE NG59 (paracetamol on its own is not advised),
// and "when to get help" lists every sign, so the FAQ cites NICE NG59 and every sign's source. A
// constant of its own, as `meta` is: a bundler that keeps a call's spread arguments would keep the
// whole FAQ if the call sat inside it.
const faqMeta = /* @__PURE__ */ metaCiting([...backSources, niceNg59]);

export const faq: FaqContent = {
  meta: faqMeta,
  heading: 'Questions people ask',
  items: [
    {
      id: 'causes',
      question: 'What causes back spasms when I walk?',
      answer: [
        'Most often a back muscle is strained or tired. This can happen if you walk further than usual, or on uneven ground.',
        'A bulging disc or a pressed nerve in your lower back can also make muscles tighten to protect it. Slouching, or not drinking enough water, may play a part, but the proof for this is weak.',
      ],
    },
    {
      id: 'walking',
      question: 'How do back spasms affect walking?',
      answer:
        'A spasm can feel like a sudden, sharp cramp or an ache that will not go away. It can make you walk stiffly or limp, and make you want to stop. If your legs feel unsteady or give way, that is a warning sign: see “When should I get medical help?”.',
    },
    {
      id: 'nerves',
      question: 'Can a pressed nerve cause back spasms when I walk?',
      answer:
        'Yes. The space for the nerves in your lower back can get narrow (spinal stenosis). Or a nerve that runs down your leg can get irritated (sciatica). Walking can then bring on pain and tight muscles in your back and legs. See a doctor about leg pain like this. If it is in both legs and is severe, new or getting worse, that is a warning sign: see “When should I get medical help?”.',
    },
    {
      id: 'core',
      question: 'Why do weak core muscles matter?',
      answer:
        'Your core muscles, in your tummy and back, help hold your spine steady as you move. If they are weak, other back muscles may have to work harder, and may tire and spasm more easily. The proof for this is weak. Staying active is what helps most.',
    },
    {
      id: 'relief',
      question: 'How can I ease back spasms when I walk?',
      answer: [
        'Most back spasms get better on their own. These first steps from the NHS can help:',
        {
          list: [
            'Keep moving, and carry on with daily life as much as you can. Staying in bed for a long time can make it worse.',
            'Use heat, such as a hot water bottle wrapped in a towel. Never put heat on skin that feels numb.',
            'Try pain relief from a pharmacy, such as ibuprofen. Paracetamol on its own is not advised for lower back pain.',
            'Gentle stretches may help too.',
          ],
        },
        [
          'If it does not get better, a doctor or physiotherapist can help find the cause. ',
          { text: 'Read the NHS advice on back pain', href: 'https://www.nhs.uk/conditions/back-pain/' },
          '.',
        ],
      ],
    },
    /* @__PURE__ */ backGetHelpItem(signGroups),
  ],
};

// The habits and how sure the evidence is ("may") were checked against NHS advice and NICE NG59.
export const checklist: ChecklistContent = {
  meta: /* @__PURE__ */ metaCiting([nhsBackPain, niceNg59]),
  heading: 'Habits that may help prevent back spasms',
  intro: 'Tick the habits you already have. Add one more each week.',
  groups: [
    {
      id: 'when-walking',
      label: 'When you walk',
      items: [
        {
          id: 'posture',
          title: 'Walk tall',
          detail: 'Relax your shoulders and keep your back straight.',
          why: 'Slouching may strain your back muscles.',
        },
        {
          id: 'warm-up',
          title: 'Warm up before a long walk',
          detail: 'A few gentle stretches are enough.',
          why: 'Warm muscles may be less likely to cramp.',
        },
      ],
    },
    {
      id: 'every-day',
      label: 'Every day',
      items: [
        {
          id: 'hydration',
          title: 'Drink enough water',
          detail: 'Drink before, during and after a walk, and more when it is hot.',
          why: 'Being short of water may make cramps more likely.',
        },
        {
          id: 'sitting',
          title: 'Break up long spells of sitting',
          detail: 'Stand up and move around often.',
          why: 'Sitting still for a long time may make your back stiff.',
        },
      ],
    },
    {
      id: 'exercise',
      label: 'Exercise',
      items: [
        {
          id: 'gentle-exercise',
          title: 'Stay active, for example with walking, swimming or cycling',
          why: 'Exercise has the best proof of all these habits for stopping back pain coming back.',
        },
        {
          id: 'core',
          title: 'Make your core stronger',
          detail: 'Try planks or Pilates a few times a week.',
          why: 'A strong core may help hold your spine steady.',
        },
        {
          id: 'back-muscles',
          title: 'Make the muscles along your spine stronger',
          detail: 'A physiotherapist can show you how.',
          why: 'They may help keep the bones of your spine steady as you move.',
        },
        {
          id: 'stretch',
          title: 'Stretch your hips and legs',
          detail: 'Stretch the backs of your thighs, the fronts of your hips and your lower back.',
          why: 'Tight muscles here may pull on your lower back.',
        },
        {
          id: 'build-up',
          title: 'Build up slowly',
          detail: 'Start once the pain has settled, then do a little more each week.',
          why: 'Doing too much too soon can strain your muscles.',
        },
      ],
    },
  ],
};
