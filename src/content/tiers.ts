/**
 * Care tiers, highest first. A module of its own, without valibot, so that the red-flag
 * checker's triage can use the order at run time while the schema checks content against it.
 */
export const TIERS = ['emergency', 'urgent', 'see-doctor', 'self-care'] as const;

/** The tiers a flag can carry: `self-care` is only the outcome when nothing is ticked. */
export const FLAG_TIERS = ['emergency', 'urgent', 'see-doctor'] as const;

/** A care tier. `self-care` applies when no flag is ticked. */
export type Tier = (typeof TIERS)[number];
export type FlagTier = (typeof FLAG_TIERS)[number];
