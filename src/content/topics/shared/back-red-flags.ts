/**
 * The warning signs every back topic shows, written once, so they cannot drift between topics.
 * Each topic's checker lists all of them, at these tiers, in the groups and with the outcomes
 * below (backSignGroups, backOutcomes); the content tests check both. Tiers follow NICE-derived
 * NHS guidance. A sign that guidance lists is included even where nhs.uk itself could not be read,
 * citing the NHS or NICE page that does confirm it: leaving a sign out would reassure the reader
 * who has it.
 *
 * Here each sign is its words and tier: all the FAQ's "when to get help" answer needs. What only
 * the checker shows of a sign (a detail, the sources it was checked against) is in
 * back-sign-notes.ts, which only checker content imports, so no FAQ carries it.
 */
import { getHelpAnswer } from '../../get-help.js';
import type { FaqContent, RedFlagContent } from '../../schema.js';
import type { FlagTier } from '../../tiers.js';

export type Flag = RedFlagContent['groups'][number]['flags'][number];
/** A sign as the FAQ's answer needs it: its words and tier. */
export type Sign = Pick<Flag, 'id' | 'label' | 'tier'>;
/** A group of signs, as a topic's checker groups them. */
export type SignGroup = { id: string; label: string; flags: Sign[] };

// --- The shared signs -------------------------------------------------------------------------

export const saddleNumbness: Sign = {
  id: 'saddle-numbness',
  label: 'Numbness or tingling around your genitals, bottom, back passage or inner thighs',
  tier: 'emergency',
};

export const bladderBowel: Sign = {
  id: 'bladder-bowel',
  label: 'New trouble peeing, or you cannot control when you pee or poo',
  tier: 'emergency',
};

export const sexualProblems: Sign = {
  id: 'sexual-problems',
  label: 'New problems getting an erection or ejaculating, or less feeling in your genitals during sex',
  tier: 'emergency',
};

export const bothLegs: Sign = {
  id: 'both-legs',
  label: 'Pain, tingling, weakness or numbness in both legs that is severe, new or getting worse',
  tier: 'emergency',
};

export const unsteadyLegs: Sign = {
  id: 'unsteady-legs',
  label: 'Your legs feel unsteady or give way when you walk',
  tier: 'emergency',
};

export const legWeakness: Sign = {
  id: 'leg-weakness',
  label: 'New or worsening weakness in one leg or foot',
  tier: 'urgent',
};

export const chestPain: Sign = {
  id: 'chest-pain',
  label: 'Chest pain',
  tier: 'emergency',
};

export const fever: Sign = {
  id: 'fever',
  label: 'A high temperature, or you feel hot and shivery',
  tier: 'urgent',
};

export const weightLoss: Sign = {
  id: 'weight-loss',
  label: 'You are losing weight without trying',
  tier: 'urgent',
};

export const lump: Sign = {
  id: 'lump',
  label: 'A lump or swelling on your back, or your back has changed shape',
  tier: 'urgent',
};

export const cancerHistory: Sign = {
  id: 'cancer-history',
  label: 'You have had cancer, and this back pain is new',
  tier: 'urgent',
};

export const weakImmuneSystem: Sign = {
  id: 'weak-immune-system',
  label:
    'Your immune system is weak (for example, from cancer treatment or steroid tablets), or you inject drugs',
  tier: 'urgent',
};

export const thinBones: Sign = {
  id: 'thin-bones',
  label:
    'You have thin bones (osteoporosis) or take steroid tablets long term, and the pain came on suddenly or after a small fall or lift',
  tier: 'urgent',
};

export const injury: Sign = {
  id: 'injury',
  label: 'The pain started after a serious fall or accident, such as a car crash',
  tier: 'emergency',
};

export const firstBackPainAge: Sign = {
  id: 'first-back-pain-age',
  label: 'This is your first back pain, and you are over 50 or under 20',
  tier: 'see-doctor',
};

export const upperBack: Sign = {
  id: 'upper-back',
  label: 'The pain is high in your back, between your shoulder blades',
  tier: 'urgent',
};

export const nightPain: Sign = {
  id: 'night-pain',
  label: 'The pain does not get better when you rest, or it is worse at night',
  tier: 'urgent',
};

export const coughSneeze: Sign = {
  id: 'cough-sneeze',
  label: 'The pain gets worse when you sneeze, cough or poo',
  tier: 'urgent',
};

export const notImproving: Sign = {
  id: 'not-improving',
  label: 'The pain is not better after a few weeks, is getting worse, or stops you doing everyday things',
  tier: 'see-doctor',
};

export const oneLegNumbness: Sign = {
  id: 'one-leg-numbness',
  label: 'Numbness, tingling or weakness in one leg',
  tier: 'see-doctor',
};

export const walkingLegPain: Sign = {
  id: 'walking-leg-pain',
  label:
    'Pain, heaviness or cramp in one or both legs when you walk, that eases when you sit or bend forward',
  tier: 'see-doctor',
};

/**
 * What to do at each tier of sign: the heading of the checker's outcome, which also leads the
 * FAQ's list of signs at that tier. Each back topic's outcomes start from these.
 */
export const tierHeadings = {
  emergency: { heading: 'Call your local emergency number or go to A&E now' },
  urgent: { heading: 'Get medical help today' },
  'see-doctor': { heading: 'Book an appointment with a doctor' },
} satisfies Record<FlagTier, { heading: string }>;

/**
 * Every shared sign in the groups a back topic's checker asks them in, each group's heading
 * saying what is inside.
 */
export function backSignGroups(): SignGroup[] {
  return [
    {
      id: 'nerves',
      label: 'Numbness, peeing, pooing or sex',
      flags: [saddleNumbness, bladderBowel, sexualProblems],
    },
    {
      id: 'legs',
      label: 'Legs and feet',
      flags: [bothLegs, unsteadyLegs, legWeakness, oneLegNumbness, walkingLegPain],
    },
    {
      id: 'other-signs',
      label: 'Fever, weight loss, a lump or chest pain',
      flags: [chestPain, fever, weightLoss, lump],
    },
    {
      id: 'health',
      label: 'Cancer, steroids, a weak immune system or thin bones',
      flags: [cancerHistory, weakImmuneSystem, thinBones],
    },
    {
      id: 'how-it-started',
      label: 'How and when the pain started',
      flags: [injury, firstBackPainAge],
    },
    {
      id: 'pain-pattern',
      label: 'Where the pain is and how it behaves',
      flags: [upperBack, nightPain, coughSneeze, notImproving],
    },
  ];
}

/** Every shared sign, in the order the groups ask them: each back topic's checker shows them all. */
export const sharedFlags: readonly Sign[] = /* @__PURE__ */ backSignGroups().flatMap((group) => group.flags);

/**
 * A back topic's checker outcomes: what to do at each tier, the same in every topic, and the
 * topic's own self-care advice for a reader who ticked none of the signs.
 */
export function backOutcomes(selfCare: RedFlagContent['outcomes']['self-care']): RedFlagContent['outcomes'] {
  return {
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
    'self-care': selfCare,
  };
}

/**
 * A back topic's FAQ item "When should I get medical help?", built from the groups its checker
 * asks (backSignGroups) so the FAQ and the checker always agree: each tier's heading, then every
 * sign at that tier.
 */
export function backGetHelpItem(groups: SignGroup[]): FaqContent['items'][number] {
  return {
    id: 'get-help',
    question: 'When should I get medical help?',
    answer: getHelpAnswer(
      { groups, outcomes: tierHeadings },
      'if you have any of these:',
      'Help today can be an urgent appointment with a doctor, or a medical helpline such as NHS 111. If another symptom worries you, or you are not sure, get medical advice anyway.',
    ),
  };
}
