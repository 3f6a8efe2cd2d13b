/**
 * Topic: back spasms when walking.
 * Written in plain words for a reading age of about 11. Red flags follow the NHS pages on back
 * pain and sciatica; each flag names the sources it was checked against, and signs that could not
 * be confirmed against their source are left out.
 */
import type {
  AnatomyTableContent,
  ChecklistContent,
  FaqContent,
  RedFlagContent,
  TopicMeta,
} from '../schema.js';

export const meta: TopicMeta = {
  id: 'back-spasms-walking',
  title: 'Back spasms when walking',
  lang: 'en',
  version: '1',
  review: {
    lastReviewed: '2026-11-26',
    nextReview: '2027-11-26',
    reviewedBy: 'health-widgets editorial team',
    sources: [
      {
        id: 'nhs-back-pain',
        title: 'Back pain',
        publisher: 'NHS',
        url: 'https://www.nhs.uk/conditions/back-pain/',
      },
      {
        id: 'nhs-sciatica',
        title: 'Sciatica',
        publisher: 'NHS',
        url: 'https://www.nhs.uk/conditions/sciatica/',
      },
      {
        id: 'nhs-spinal-stenosis',
        title: 'Spinal stenosis',
        publisher: 'NHS',
        url: 'https://www.nhs.uk/conditions/spinal-stenosis/',
      },
    ],
  },
};

export const anatomy: AnatomyTableContent = {
  meta,
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

export const faq: FaqContent = {
  meta,
  heading: 'Questions people ask',
  items: [
    {
      id: 'causes',
      question: 'What causes back spasms when I walk?',
      answer: [
        'Most often a back muscle is strained or tired. This can happen if you walk further than usual, walk on uneven ground, or slouch as you walk.',
        'A bulging disc or a pressed nerve in your lower back can also make muscles tighten to protect it. Not drinking enough water can make cramps more likely.',
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
        'Your core muscles, in your tummy and back, hold your spine steady as you move. If they are weak, other back muscles have to work harder. They get tired and are more likely to spasm.',
    },
    {
      id: 'relief',
      question: 'How can I ease back spasms when I walk?',
      answer: [
        'Most back spasms get better with simple self-care:',
        {
          list: [
            'Rest for a short time, but keep moving gently. Staying in bed for days makes muscles weaker.',
            'Do gentle stretches, and stand and walk tall.',
            'Build up the strength of your core over time.',
            'Drink enough water.',
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
      answer: [
        'Call the emergency number for numbness around your genitals or bottom, new trouble peeing or controlling your pee or poo, pain or weakness in both legs, chest pain, or pain after a serious accident.',
        'Get help the same day for a high temperature, weight loss without trying, a lump on your back, or pain that is worse at night or high between your shoulder blades.',
        'See a doctor if the pain is not better after a few weeks, gets worse, or stops you doing everyday things.',
      ],
    },
  ],
};

export const redFlags: RedFlagContent = {
  meta,
  heading: 'Check for warning signs',
  intro: 'Tick any of these signs you have now, as well as your back pain.',
  groups: [
    {
      id: 'nerves',
      label: 'Numbness, weakness, peeing or pooing',
      flags: [
        {
          id: 'saddle-numbness',
          label: 'Numbness or tingling around your genitals, bottom or back passage',
          tier: 'emergency',
          sources: ['nhs-back-pain', 'nhs-sciatica'],
        },
        {
          id: 'bladder-bowel',
          label: 'New trouble peeing, or you cannot control when you pee or poo',
          detail: 'This includes not being able to pee at all, or not feeling when you need to poo.',
          tier: 'emergency',
          sources: ['nhs-back-pain', 'nhs-sciatica'],
        },
        {
          id: 'both-legs',
          label: 'Pain, tingling, weakness or numbness in both legs',
          tier: 'emergency',
          sources: ['nhs-back-pain', 'nhs-sciatica'],
        },
      ],
    },
    {
      id: 'other-signs',
      label: 'Other signs with the back pain',
      flags: [
        {
          id: 'chest-pain',
          label: 'Chest pain',
          tier: 'emergency',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'injury',
          label: 'The pain started after a serious accident, such as a car crash',
          tier: 'emergency',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'fever',
          label: 'A high temperature, or you feel hot and shivery',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'weight-loss',
          label: 'You are losing weight without trying',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'lump',
          label: 'A lump or swelling on your back, or your back has changed shape',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
      ],
    },
    {
      id: 'pain-pattern',
      label: 'How the pain behaves',
      flags: [
        {
          id: 'upper-back',
          label: 'The pain is high in your back, between your shoulder blades',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'night-pain',
          label: 'The pain does not get better when you rest, or it is worse at night',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'cough-sneeze',
          label: 'The pain gets worse when you sneeze, cough or poo',
          tier: 'urgent',
          sources: ['nhs-back-pain'],
        },
        {
          id: 'not-improving',
          label:
            'The pain is not better after a few weeks, is getting worse, or stops you doing everyday things',
          tier: 'see-doctor',
          sources: ['nhs-back-pain', 'nhs-sciatica'],
        },
      ],
    },
  ],
  outcomes: {
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
      heading: 'You can probably look after this yourself',
      body: 'You have not ticked any warning signs. Most back pain gets better in a few weeks. To help it:',
      steps: [
        'Keep gently active, with short rests.',
        'Try heat, or pain relief from a pharmacy.',
        'Get help if new signs appear or it is not getting better.',
      ],
    },
  },
};

export const checklist: ChecklistContent = {
  meta,
  heading: 'Habits that help prevent back spasms',
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
          why: 'Slouching strains your back muscles.',
        },
        {
          id: 'footwear',
          title: 'Wear shoes that support the arch of your foot',
          why: 'Good support takes strain off your lower back.',
        },
        {
          id: 'warm-up',
          title: 'Warm up before a long walk',
          detail: 'A few gentle stretches are enough.',
          why: 'Warm muscles are less likely to cramp.',
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
          why: 'Muscles cramp more easily when you are short of water.',
        },
        {
          id: 'sitting',
          title: 'Break up long spells of sitting',
          detail: 'Stand up and move around often.',
          why: 'Sitting still for a long time makes your back stiff.',
        },
      ],
    },
    {
      id: 'exercise',
      label: 'Exercise',
      items: [
        {
          id: 'core',
          title: 'Make your core stronger',
          detail: 'Try planks or Pilates a few times a week.',
          why: 'A strong core holds your spine steady, so other back muscles do not get tired.',
        },
        {
          id: 'back-muscles',
          title: 'Make the muscles along your spine stronger',
          detail: 'A physiotherapist can show you how.',
          why: 'They keep the bones of your spine steady as you move.',
        },
        {
          id: 'stretch',
          title: 'Stretch your hips and legs',
          detail: 'Stretch the backs of your thighs, the fronts of your hips and your lower back.',
          why: 'Tight muscles here pull on your lower back.',
        },
        {
          id: 'gentle-exercise',
          title: 'Choose gentle exercise, such as swimming or cycling',
          why: 'It keeps you fit without jolting your back.',
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
