/**
 * Reads one dialable phone number, as a publisher types it into a CMS field. The number a reader
 * may press in an emergency must dial exactly what it shows, so anything that is not plainly one
 * number (words, a second number after a comma or "or", stray markup) is refused, never guessed at.
 */

/** A number to link: `dial` goes into `tel:`, `shown` is the number as written. */
export interface PhoneNumber {
  dial: string;
  shown: string;
}

/** Why a value is refused. E.164: no phone number has more than 15 digits. */
export const NOT_ONE_NUMBER =
  'must be one phone number: digits, an optional leading +, and spaces, hyphens, dots or brackets, at most 15 digits';

/** The number, or why it is not one; `undefined` when the field is empty, which means no number. */
export function parsePhoneNumber(value: string | null | undefined): PhoneNumber | string | undefined {
  const shown = value?.trim().replace(/\s+/g, ' ');
  if (!shown) return undefined;
  // The `+` may only lead, so what is left of the value once separators go is what is dialled.
  // In an international number, `(0)` is the trunk prefix, dialled only from inside the country:
  // a call from abroad with it does not connect, so it is not dialled.
  const dial = (shown.startsWith('+') ? shown.replace('(0)', '') : shown).replace(/[^\d+]/g, '');
  return /^\+?[\d .()-]+$/.test(shown) && /^\+?\d{1,15}$/.test(dial) ? { dial, shown } : NOT_ONE_NUMBER;
}
