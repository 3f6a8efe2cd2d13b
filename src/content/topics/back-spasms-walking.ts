/**
 * Topic: back spasms when walking.
 * Written in plain words for a reading age of about 11. Red flags follow NICE-derived NHS
 * guidance, at the tier it gives; each flag names the sources it was checked against. A sign that
 * guidance lists is included even where nhs.uk itself could not be read, citing the NHS or NICE
 * page that does confirm it: leaving a sign out would reassure the reader who has it. What
 * changed between content versions, and why, is in CONTENT-CHANGELOG.md.
 */
import { getHelpAnswer } from '../get-help.js';
import type {
  AnatomyTableContent,
  ChecklistContent,
  FaqContent,
  RedFlagContent,
  Source,
  TopicMeta,
} from '../schema.js';
import type { FlagTier } from '../tiers.js';

type Flag = RedFlagContent['groups'][number]['flags'][number];
/** A group of signs as the FAQ's answer needs them: each sign's words and tier. */
type SignGroup = { id: string; label: string; flags: Pick<Flag, 'id' | 'tier' | 'label'>[] };
type SignNotes = Pick<Flag, 'sources' | 'detail'>;

/** For sources on nhs.uk, which could not be opened when this version was checked. */
const NHS_UK_NOTE =
  'We could not open this page for our last check. The signs we link to it come from our notes on it.';
const CHECKED = '2026-11-28';

const nhsBackPain: Source = {
  id: 'nhs-back-pain',
  title: 'Back pain',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/back-pain/',
  note: NHS_UK_NOTE,
};
const nhsSciatica: Source = {
  id: 'nhs-sciatica',
  title: 'Sciatica',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/sciatica/',
  note: NHS_UK_NOTE,
};
const nhsSpinalStenosis: Source = {
  id: 'nhs-spinal-stenosis',
  title: 'Spinal stenosis',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/spinal-stenosis/',
  note: NHS_UK_NOTE,
};
const nhsInformStenosis: Source = {
  id: 'nhs-inform-stenosis',
  title: 'Lumbar spinal stenosis',
  publisher: 'NHS inform',
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/lumbar-spinal-stenosis',
  checked: CHECKED,
};
const gCareRedFlags: Source = {
  id: 'g-care-red-flags',
  title: 'Red flags for spinal conditions (back pain pathways, based on NICE CKS)',
  publisher: 'NHS Gloucestershire G-care',
  url: 'https://g-care.glos.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the G-care home page. The red flags are in its back pain pathways.',
};
const niceNg59: Source = {
  id: 'nice-ng59',
  title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
  publisher: 'NICE',
  url: 'https://www.nice.org.uk/guidance/ng59',
  checked: CHECKED,
};
const niceNg234: Source = {
  id: 'nice-ng234',
  title: 'Spinal metastases and metastatic spinal cord compression (NG234)',
  publisher: 'NICE',
  url: 'https://www.nice.org.uk/guidance/ng234',
  checked: CHECKED,
};
const royalFreeCes: Source = {
  id: 'royal-free-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Royal Free London NHS Foundation Trust',
  url: 'https://www.royalfree.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};
const chesterfieldCes: Source = {
  id: 'chesterfield-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Chesterfield Royal Hospital NHS Foundation Trust',
  url: 'https://www.chesterfieldroyal.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};
const torbayCes: Source = {
  id: 'torbay-ces',
  title: 'Patient leaflet on cauda equina syndrome',
  publisher: 'Torbay and South Devon NHS Foundation Trust',
  url: 'https://www.torbayandsouthdevon.nhs.uk/',
  checked: CHECKED,
  note: 'The link opens the trust’s home page.',
};

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
    version: '2',
    review: {
      lastReviewed: '2026-11-28',
      nextReview: '2027-11-28',
      checkedBy: 'the health-widgets editors',
      sources,
    },
  };
}

/** The whole topic's metadata, with every source. */
export const meta: TopicMeta = /* @__PURE__ */ metaCiting([
  nhsBackPain,
  nhsSciatica,
  nhsSpinalStenosis,
  nhsInformStenosis,
  gCareRedFlags,
  niceNg59,
  niceNg234,
  royalFreeCes,
  chesterfieldCes,
  torbayCes,
]);

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

// Each warning sign with its tier: what the checker asks and what the FAQ's "when to get help"
// answer lists, written once for both. What only the checker shows of a sign (a detail, the
// sources it was checked against) is in `signNotes`, so that the FAQ does not carry it.
const signGroups: SignGroup[] = [
  {
    id: 'nerves',
    label: 'Numbness, peeing, pooing or sex',
    flags: [
      {
        id: 'saddle-numbness',
        tier: 'emergency',
        label: 'Numbness or tingling around your genitals, bottom or back passage',
      },
      {
        id: 'bladder-bowel',
        tier: 'emergency',
        label: 'New trouble peeing, or you cannot control when you pee or poo',
      },
      {
        id: 'sexual-problems',
        tier: 'emergency',
        label: 'New problems getting an erection or ejaculating, or less feeling in your genitals during sex',
      },
    ],
  },
  {
    id: 'legs',
    label: 'Legs and feet',
    flags: [
      { id: 'both-legs', tier: 'emergency', label: 'Pain, tingling, weakness or numbness in both legs' },
      { id: 'unsteady-legs', tier: 'emergency', label: 'Your legs feel unsteady or give way when you walk' },
      { id: 'leg-weakness', tier: 'urgent', label: 'New or worsening weakness in one leg or foot' },
      { id: 'one-leg-numbness', tier: 'see-doctor', label: 'Numbness or tingling in one leg' },
      {
        id: 'walking-leg-pain',
        tier: 'see-doctor',
        label: 'Pain, heaviness or cramp in your legs when you walk, that eases when you sit or bend forward',
      },
    ],
  },
  {
    id: 'other-signs',
    label: 'Fever, weight loss, a lump or chest pain',
    flags: [
      { id: 'chest-pain', tier: 'emergency', label: 'Chest pain' },
      { id: 'fever', tier: 'urgent', label: 'A high temperature, or you feel hot and shivery' },
      { id: 'weight-loss', tier: 'urgent', label: 'You are losing weight without trying' },
      {
        id: 'lump',
        tier: 'urgent',
        label: 'A lump or swelling on your back, or your back has changed shape',
      },
    ],
  },
  {
    id: 'health',
    label: 'Cancer, steroids, a weak immune system or thin bones',
    flags: [
      { id: 'cancer-history', tier: 'urgent', label: 'You have had cancer, and this back pain is new' },
      { id: 'weak-immune-system', tier: 'urgent', label: 'Your immune system is weak, or you inject drugs' },
      {
        id: 'thin-bones',
        tier: 'urgent',
        label:
          'You have thin bones (osteoporosis) or take steroid tablets long term, and the pain came on suddenly',
      },
    ],
  },
  {
    id: 'how-it-started',
    label: 'How and when the pain started',
    flags: [
      {
        id: 'injury',
        tier: 'emergency',
        label: 'The pain started after a serious fall or accident, such as a car crash',
      },
      {
        id: 'first-back-pain-age',
        tier: 'see-doctor',
        label: 'This is your first back pain, and you are over 50 or under 16',
      },
    ],
  },
  {
    id: 'pain-pattern',
    label: 'Where the pain is and how it behaves',
    flags: [
      {
        id: 'upper-back',
        tier: 'urgent',
        label: 'The pain is high in your back, between your shoulder blades',
      },
      {
        id: 'night-pain',
        tier: 'urgent',
        label: 'The pain does not get better when you rest, or it is worse at night',
      },
      { id: 'cough-sneeze', tier: 'urgent', label: 'The pain gets worse when you sneeze, cough or poo' },
      {
        id: 'not-improving',
        tier: 'see-doctor',
        label:
          'The pain is not better after a few weeks, is getting worse, or stops you doing everyday things',
      },
    ],
  },
];

/** What the checker adds to each sign: the sources it was checked against, and any detail. */
const signNotes: Record<string, SignNotes> = {
  'saddle-numbness': {
    sources: ['nhs-back-pain', 'nhs-sciatica', 'royal-free-ces'],
    detail:
      'This includes between your inner thighs. It may feel different when you wipe after using the toilet.',
  },
  'bladder-bowel': {
    sources: ['nhs-back-pain', 'nhs-sciatica'],
    detail: 'This includes not being able to pee at all, or not feeling when you need to poo.',
  },
  'sexual-problems': { sources: ['royal-free-ces', 'chesterfield-ces', 'torbay-ces'] },
  'both-legs': { sources: ['nhs-back-pain', 'nhs-sciatica'] },
  'unsteady-legs': { sources: ['g-care-red-flags'] },
  'leg-weakness': {
    sources: ['g-care-red-flags'],
    detail: 'For example, your foot drags or slaps on the ground, or you trip.',
  },
  'one-leg-numbness': { sources: ['nhs-sciatica'] },
  'walking-leg-pain': { sources: ['nhs-spinal-stenosis', 'nhs-inform-stenosis'] },
  'chest-pain': { sources: ['nhs-back-pain'] },
  fever: { sources: ['nhs-back-pain'] },
  'weight-loss': { sources: ['nhs-back-pain'] },
  lump: { sources: ['nhs-back-pain'] },
  'cancer-history': { sources: ['g-care-red-flags', 'nice-ng234'] },
  'weak-immune-system': {
    sources: ['g-care-red-flags'],
    detail:
      'For example, because of chemotherapy, long-term steroid tablets or other medicines that weaken the immune system.',
  },
  'thin-bones': {
    sources: ['g-care-red-flags'],
    detail: 'This includes pain that started after a small fall, or after lifting something.',
  },
  injury: { sources: ['nhs-back-pain'] },
  'first-back-pain-age': { sources: ['g-care-red-flags', 'nice-ng59'] },
  'upper-back': { sources: ['nhs-back-pain'] },
  'night-pain': { sources: ['nhs-back-pain'] },
  'cough-sneeze': { sources: ['nhs-back-pain'] },
  'not-improving': { sources: ['nhs-back-pain', 'nhs-sciatica'] },
};

// What to do at each tier of sign. Its heading leads the FAQ's list for the tier too.
const tierHeadings = {
  emergency: { heading: 'Call the emergency number now' },
  urgent: { heading: 'Get medical help today' },
  'see-doctor': { heading: 'Book an appointment with a doctor' },
} satisfies Record<FlagTier, { heading: string }>;

const outcomes: RedFlagContent['outcomes'] = {
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
    body: 'Most back pain gets better in a few weeks. These steps can help:',
    steps: [
      'Keep moving, and carry on with daily life as much as you can.',
      'Try heat, such as a hot water bottle, but not on skin that feels numb.',
      'Ask a pharmacist about pain relief, such as ibuprofen.',
      'See a doctor if it is not better after a few weeks, or if it gets worse.',
    ],
  },
};

/** The checker's groups: each sign with its notes. */
function withNotes(groups: SignGroup[]): RedFlagContent['groups'] {
  return groups.map((group) => ({
    ...group,
    flags: group.flags.map((flag) => ({ ...flag, ...signNotes[flag.id]! })),
  }));
}

export const redFlags: RedFlagContent = {
  meta,
  heading: 'Check for warning signs',
  audience:
    'This checker is for adults aged 16 and over. For a child with back pain, or if you are pregnant, talk to a GP or midwife.',
  intro: 'Tick any of these signs you have now, as well as your back pain.',
  groups: /* @__PURE__ */ withNotes(signGroups),
  outcomes,
};

// The answers draw on the NHS first steps and NICE NG59, and "when to get help" lists every
// sign, so the FAQ cites every source.
export const faq: FaqContent = {
  meta,
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
        'A spasm can feel like a sudden, sharp cramp or an ache that will not go away. It can make you walk stiffly or limp, make it hard to keep your balance, and make you want to stop.',
    },
    {
      id: 'nerves',
      question: 'Can a pressed nerve cause back spasms when I walk?',
      answer:
        'Yes. If the space around the nerves in your lower back gets narrow (spinal stenosis), or your sciatic nerve is irritated (sciatica), walking can bring on pain and tight muscles in your back and legs. It often gets worse the longer you walk.',
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
            'Use heat, such as a hot water bottle. Never put heat on skin that feels numb.',
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
    {
      id: 'get-help',
      question: 'When should I get medical help?',
      // Built from the checker's flags, so the two always agree.
      answer: /* @__PURE__ */ getHelpAnswer(
        { groups: signGroups, outcomes: tierHeadings },
        'if you have any of these:',
        'If another symptom worries you, or you are not sure, get medical advice anyway.',
      ),
    },
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
