/**
 * What the red-flag checker adds to each shared back-pain sign: the sources it was checked
 * against, and a detail where one helps. Only checker content imports this file, so the FAQ,
 * whose "when to get help" answer lists the signs' words alone, never carries it.
 */
import type { RedFlagContent } from '../../schema.js';
import {
  bladderBowel,
  bothLegs,
  cancerHistory,
  chestPain,
  coughSneeze,
  fever,
  firstBackPainAge,
  injury,
  legWeakness,
  lump,
  nightPain,
  notImproving,
  oneLegNumbness,
  saddleNumbness,
  sexualProblems,
  thinBones,
  unsteadyLegs,
  upperBack,
  walkingLegPain,
  weakImmuneSystem,
  weightLoss,
  type Flag,
  type Sign,
  type SignGroup,
} from './back-red-flags.js';

type SignNotes = Pick<Flag, 'detail' | 'sources'>;

/** Each sign's notes. */
export const signNotes = new Map<Sign, SignNotes>([
  [
    saddleNumbness,
    {
      detail: 'It may feel different when you wipe after using the toilet.',
      sources: ['nhs-back-pain', 'nhs-sciatica', 'nhs-cauda-equina', 'royal-free-ces'],
    },
  ],
  [
    bladderBowel,
    {
      detail: 'This includes not being able to pee at all, or not feeling when you need to poo.',
      sources: ['nhs-back-pain', 'nhs-cauda-equina'],
    },
  ],
  [sexualProblems, { sources: ['nhs-cauda-equina', 'royal-free-ces', 'chesterfield-ces', 'torbay-ces'] }],
  [bothLegs, { sources: ['nhs-sciatica', 'nhs-back-pain'] }],
  [unsteadyLegs, { sources: ['g-care-red-flags'] }],
  [
    legWeakness,
    {
      detail: 'For example, your foot drags or slaps on the ground, or you trip.',
      sources: ['g-care-red-flags'],
    },
  ],
  [chestPain, { sources: ['nhs-back-pain'] }],
  [fever, { sources: ['nhs-back-pain'] }],
  [weightLoss, { sources: ['nhs-back-pain'] }],
  [lump, { sources: ['nhs-back-pain'] }],
  [cancerHistory, { sources: ['g-care-red-flags', 'nice-ng234'] }],
  [
    weakImmuneSystem,
    {
      detail:
        'This includes steroid tablets taken long term, and other medicines that weaken your immune system.',
      sources: ['g-care-red-flags'],
    },
  ],
  [thinBones, { sources: ['g-care-red-flags'] }],
  [injury, { sources: ['nhs-back-pain'] }],
  [firstBackPainAge, { sources: ['g-care-red-flags'] }],
  [upperBack, { sources: ['nhs-back-pain'] }],
  [nightPain, { sources: ['nhs-back-pain'] }],
  [coughSneeze, { sources: ['nhs-back-pain'] }],
  [notImproving, { sources: ['nhs-back-pain', 'nhs-sciatica'] }],
  [oneLegNumbness, { sources: ['nhs-sciatica'] }],
  [walkingLegPain, { sources: ['nhs-spinal-stenosis', 'nhs-inform-stenosis'] }],
]);

/** A checker's groups: each sign with its notes, its fields in the order the schema lists them. */
export function withNotes(groups: readonly SignGroup[]): RedFlagContent['groups'] {
  return groups.map((group) => ({
    ...group,
    flags: group.flags.map((sign) => {
      const { id, label, tier } = sign;
      const { detail, sources } = signNotes.get(sign)!;
      return { id, label, ...(detail ? { detail } : {}), tier, sources };
    }),
  }));
}
