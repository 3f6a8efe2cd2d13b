/**
 * The warning signs every back topic shows, written once with their sources, so they cannot drift
 * between topics. Each topic's checker lists all of them, at these tiers, in groups of its own,
 * and may add signs of its own where guidance says so (the content tests check both). Tiers follow
 * NICE-derived NHS guidance; each sign names the sources it was checked against. A sign that
 * guidance lists is included even where nhs.uk itself could not be read, citing the NHS or NICE
 * page that does confirm it: leaving a sign out would reassure the reader who has it.
 */
import type { RedFlagContent } from '../../schema.js';

export type Flag = RedFlagContent['groups'][number]['flags'][number];

// --- The shared signs -------------------------------------------------------------------------

export const saddleNumbness: Flag = {
  id: 'saddle-numbness',
  label: 'Numbness or tingling around your genitals, bottom or back passage',
  detail:
    'This includes between your inner thighs. It may feel different when you wipe after using the toilet.',
  tier: 'emergency',
  sources: ['nhs-back-pain', 'nhs-sciatica', 'royal-free-ces'],
};

export const bladderBowel: Flag = {
  id: 'bladder-bowel',
  label: 'New trouble peeing, or you cannot control when you pee or poo',
  detail: 'This includes not being able to pee at all, or not feeling when you need to poo.',
  tier: 'emergency',
  sources: ['nhs-back-pain', 'nhs-sciatica'],
};

export const sexualProblems: Flag = {
  id: 'sexual-problems',
  label: 'New problems getting an erection or ejaculating, or less feeling in your genitals during sex',
  tier: 'emergency',
  sources: ['royal-free-ces', 'chesterfield-ces', 'torbay-ces'],
};

export const bothLegs: Flag = {
  id: 'both-legs',
  label: 'Pain, tingling, weakness or numbness in both legs',
  tier: 'emergency',
  sources: ['nhs-back-pain', 'nhs-sciatica'],
};

export const unsteadyLegs: Flag = {
  id: 'unsteady-legs',
  label: 'Your legs feel unsteady or give way when you walk',
  tier: 'emergency',
  sources: ['g-care-red-flags'],
};

export const legWeakness: Flag = {
  id: 'leg-weakness',
  label: 'New or worsening weakness in one leg or foot',
  detail: 'For example, your foot drags or slaps on the ground, or you trip.',
  tier: 'urgent',
  sources: ['g-care-red-flags'],
};

export const chestPain: Flag = {
  id: 'chest-pain',
  label: 'Chest pain',
  tier: 'emergency',
  sources: ['nhs-back-pain'],
};

export const fever: Flag = {
  id: 'fever',
  label: 'A high temperature, or you feel hot and shivery',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const weightLoss: Flag = {
  id: 'weight-loss',
  label: 'You are losing weight without trying',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const lump: Flag = {
  id: 'lump',
  label: 'A lump or swelling on your back, or your back has changed shape',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const cancerHistory: Flag = {
  id: 'cancer-history',
  label: 'You have had cancer, and this back pain is new',
  tier: 'urgent',
  sources: ['g-care-red-flags', 'nice-ng234'],
};

export const weakImmuneSystem: Flag = {
  id: 'weak-immune-system',
  label: 'Your immune system is weak, or you inject drugs',
  detail:
    'For example, because of chemotherapy, long-term steroid tablets or other medicines that weaken the immune system.',
  tier: 'urgent',
  sources: ['g-care-red-flags'],
};

export const thinBones: Flag = {
  id: 'thin-bones',
  label:
    'You have thin bones (osteoporosis) or take steroid tablets long term, and the pain came on suddenly',
  detail: 'This includes pain that started after a small fall, or after lifting something.',
  tier: 'urgent',
  sources: ['g-care-red-flags'],
};

export const injury: Flag = {
  id: 'injury',
  label: 'The pain started after a serious fall or accident, such as a car crash',
  tier: 'emergency',
  sources: ['nhs-back-pain'],
};

export const firstBackPainAge: Flag = {
  id: 'first-back-pain-age',
  label: 'This is your first back pain, and you are over 50 or under 16',
  tier: 'see-doctor',
  sources: ['g-care-red-flags', 'nice-ng59'],
};

export const upperBack: Flag = {
  id: 'upper-back',
  label: 'The pain is high in your back, between your shoulder blades',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const nightPain: Flag = {
  id: 'night-pain',
  label: 'The pain does not get better when you rest, or it is worse at night',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const coughSneeze: Flag = {
  id: 'cough-sneeze',
  label: 'The pain gets worse when you sneeze, cough or poo',
  tier: 'urgent',
  sources: ['nhs-back-pain'],
};

export const notImproving: Flag = {
  id: 'not-improving',
  label: 'The pain is not better after a few weeks, is getting worse, or stops you doing everyday things',
  tier: 'see-doctor',
  sources: ['nhs-back-pain', 'nhs-sciatica'],
};

/** Every shared sign: each back topic's checker must show all of them, at these tiers. */
export const sharedFlags: readonly Flag[] = [
  saddleNumbness,
  bladderBowel,
  sexualProblems,
  bothLegs,
  unsteadyLegs,
  legWeakness,
  chestPain,
  fever,
  weightLoss,
  lump,
  cancerHistory,
  weakImmuneSystem,
  thinBones,
  injury,
  firstBackPainAge,
  upperBack,
  nightPain,
  coughSneeze,
  notImproving,
];

// --- Signs some topics add, where guidance ties them to the condition ---------------------------

export const oneLegNumbness: Flag = {
  id: 'one-leg-numbness',
  label: 'Numbness or tingling in one leg',
  tier: 'see-doctor',
  sources: ['nhs-sciatica'],
};

export const walkingLegPain: Flag = {
  id: 'walking-leg-pain',
  label: 'Pain, heaviness or cramp in your legs when you walk, that eases when you sit or bend forward',
  tier: 'see-doctor',
  sources: ['nhs-spinal-stenosis', 'nhs-inform-stenosis'],
};

/** Every sign above, for topics that pick theirs by id (see citing.ts). */
export const backFlags: readonly Flag[] = [...sharedFlags, oneLegNumbness, walkingLegPain];
