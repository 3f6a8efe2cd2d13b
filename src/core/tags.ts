/** The package's tags. No DOM here, so the server entry's types need none either. */
export const TAGS = [
  'hw-anatomy-table',
  'hw-faq-accordion',
  'hw-red-flag-checker',
  'hw-prevention-checklist',
] as const;

/** One of the package's tags. */
export type Tag = (typeof TAGS)[number];
