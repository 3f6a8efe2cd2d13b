import type { Block, RedFlagContent } from './schema.js';
import { FLAG_TIERS, type FlagTier } from './tiers.js';

type Flag = RedFlagContent['groups'][number]['flags'][number];

/**
 * What the answer needs of the checker's content: each sign's words and tier, and each tier's
 * outcome heading. A topic can give just these, so the FAQ does not carry the rest.
 */
export interface GetHelpSigns {
  groups: readonly { flags: readonly Pick<Flag, 'label' | 'tier'>[] }[];
  outcomes: Record<FlagTier, { heading: string }>;
}

/**
 * The FAQ's "when should I get medical help?" answer, built from the red-flag checker's own
 * content so the two can never disagree: for each tier, highest first, what to do (the tier's
 * outcome heading, then `lead`) and a list of every sign at that tier, as NHS care cards do. `end`
 * closes the answer: what to do when no sign fits.
 */
export function getHelpAnswer({ groups, outcomes }: GetHelpSigns, lead: string, end: string): Block[] {
  const flags = groups.flatMap((group) => group.flags);
  return [
    ...FLAG_TIERS.flatMap((tier) => {
      const list = flags.filter((flag) => flag.tier === tier).map((flag) => flag.label);
      return list.length ? [`${outcomes[tier].heading} ${lead}`, { list }] : [];
    }),
    end,
  ];
}
