/**
 * The UI's own words: every string an element shows that is not content. Types only; the
 * English (UK) values are in `en-GB.ts`, the other languages in `packs/`.
 */
import type { Tier } from '../content/tiers.js';

/**
 * A string whose wording depends on a number: one form per plural category of the language
 * (`Intl.PluralRules`), `other` always. English needs `one` and `other` at most; Welsh may use
 * `zero`, `one`, `two`, `few`, `many` and `other`. A plain string serves every number.
 */
export type Plural = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Keys whose strings may be plural forms rather than one string. */
export const PLURAL_KEYS: ReadonlySet<string> = new Set(['progress']);

/** Words of the review footer. */
export interface ReviewStrings {
  lastReviewed: string;
  nextReview: string;
  /** Who checked the content against its sources; `{name}` is `review.checkedBy`. */
  checkedBy: string;
  /** The named clinician who reviewed the content; `{name}` and `{role}` are theirs. */
  clinicalReviewer: string;
  /** Shown when the content names no clinician, so the footer never implies one. */
  noClinicalReviewer: string;
  sources: string;
  /** Shown instead of the sources when the content lists none, so the footer never implies a check. */
  noSources: string;
  /** Before the date the content was checked against a source. */
  checked: string;
}

/** UI strings every element has; each element adds its own. */
export interface CoreStrings extends ReviewStrings {
  /** Title of the error view shown for invalid content. */
  contentError: string;
}

export interface FaqStrings extends CoreStrings {
  /** Label of the control that opens every answer. */
  showAll: string;
  /** Label of the same control once every answer is open. */
  hideAll: string;
}

export interface ChecklistStrings extends CoreStrings {
  /** Progress in words; `{done}` and `{total}` are filled in. Its plural form follows `{done}`. */
  progress: Plural;
  /** Label before each item's reason. */
  why: string;
  /** The button that clears every tick. */
  reset: string;
  /** Note shown with `persist` while ticks are being saved. */
  saved: string;
  /** Note shown with `persist` when the browser cannot save ticks. */
  notSaved: string;
}

export interface RedFlagStrings extends CoreStrings, Record<Tier, string> {
  /** Legend of the list of signs, when the content has no `intro`. */
  question: string;
  /** The choice that clears every sign. */
  none: string;
  /** Shown in the outcome panel instead of an outcome until the reader answers. */
  prompt: string;
  /** Before the links to a sign's sources. */
  source: string;
  /** The emergency outcome's call to action; `{number}` becomes the number or `localNumber`. */
  callNumber: string;
  /** Stands for the number when the publisher sets none. */
  localNumber: string;
  /** The same-day service line, shown when `urgent-service` is set, in the urgent outcome and after the safety net. */
  urgentService: string;
  /** Always ends the self-care outcome: ticking no listed sign is never a verdict. */
  safetyNet: string;
  /** Always shown; `{number}` as in `callNumber`. */
  disclaimer: string;
}

/** Every UI string of every element: what a locale pack holds. */
export type UiStrings = FaqStrings & ChecklistStrings & RedFlagStrings;

/** Who wrote and checked a pack, so a publisher can judge how far to trust it. */
export interface PackMeta {
  /** The BCP 47 tag the pack is for, such as `cy` or `en-US`. */
  locale: string;
  /** The language's name in itself, for a language picker. */
  name: string;
  /** Who checked the strings, and how. */
  checkedBy: string;
  /** `en-GB` for a variety of English that gives only the strings it words differently. */
  base?: 'en-GB';
  /** Keys whose strings (or `months`) no fluent speaker has checked yet. */
  unchecked: readonly (keyof UiStrings | 'months')[];
}

/** A locale pack: every UI string in one language, with who checked it. */
export interface Pack {
  meta: PackMeta;
  strings: UiStrings;
  /**
   * The twelve month names, for dates in browsers whose `Intl` has no dates in the language
   * (Chromium has none in Welsh); dates are then written day, month, year.
   */
  months?: readonly string[];
}

/**
 * A pack for a variety of English (UK): only the strings it words differently. The others are
 * the English (UK) defaults each element has built in, so the pack does not carry them again.
 */
export interface EnglishVariantPack {
  meta: PackMeta & { base: 'en-GB' };
  strings: Partial<UiStrings>;
  months?: never;
}

/** What a pack file gives. */
export type AnyPack = Pack | EnglishVariantPack;
