/**
 * The red-flag checker's logic, with no DOM: the outcome is the highest care tier among the
 * ticked flags, or `self-care` when none is ticked.
 */
import { TIERS, type FlagTier, type Tier } from '../../content/tiers.js';

export { TIERS, type FlagTier, type Tier };

/** What triage needs to know about a flag. */
export interface TriageFlag {
  id: string;
  tier: FlagTier;
}

/** The highest tier among the flags whose ids are ticked; ids of no flag are ignored. */
export function triage(flags: readonly TriageFlag[], ticked: ReadonlySet<string>): Tier {
  let highest = TIERS.length - 1;
  for (const flag of flags) {
    if (ticked.has(flag.id)) highest = Math.min(highest, TIERS.indexOf(flag.tier));
  }
  return TIERS[highest]!;
}
