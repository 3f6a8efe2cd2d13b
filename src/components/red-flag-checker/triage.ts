/**
 * The red-flag checker's logic, with no DOM: the decision (the outcome is the highest care tier
 * among the ticked flags, or `self-care` when none is ticked), and filling in its UI strings.
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

/**
 * Puts a value wherever `{key}` stands in a UI string, so a translation keeps its own word order
 * and may repeat the placeholder. The value goes in as it is (a Lit template, say), never as HTML.
 */
export function fill(template: string, key: string, value: unknown): unknown[] {
  return template.split(`{${key}}`).flatMap((part, index) => (index ? [value, part] : [part]));
}
