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

/** E.164: no phone number has more than 15 digits. */
export const MAX_DIGITS = 15;

/** Digits, an optional leading `+`, and spaces, hyphens, dots or brackets between them. */
const ONE_NUMBER = /^\+?[\d\s.()-]*$/;

/** The number, or why it is not one; `undefined` when the field is empty, which means no number. */
export function parsePhoneNumber(value: string | null | undefined): PhoneNumber | string | undefined {
  const shown = value?.trim().replace(/\s+/g, ' ');
  if (!shown) return undefined;
  if (!ONE_NUMBER.test(shown))
    return 'must be one phone number: digits, an optional leading +, and spaces, hyphens, dots or brackets';
  const digits = shown.replace(/\D/g, '');
  if (!digits) return 'has no digits';
  if (digits.length > MAX_DIGITS) return `has more than ${MAX_DIGITS} digits`;
  if (!bracketsPair(shown)) return 'has brackets that do not pair';
  return { dial: (shown.startsWith('+') ? '+' : '') + digits, shown };
}

/** True when every `(` closes, in order, with nothing nested. */
function bracketsPair(text: string): boolean {
  let open = false;
  for (const char of text) {
    if (char === '(') {
      if (open) return false;
      open = true;
    } else if (char === ')') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}
