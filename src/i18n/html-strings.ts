/**
 * UI strings from markup, for pages with no build step: a child
 * `<script type="application/json" data-strings>{ "showAll": "…" }</script>` beside the content.
 * The content controller loads this only for an element given UI strings, in markup or by property.
 */
import { PLURAL_KEYS, type Plural } from './strings.js';

const isPluralForms = (value: unknown): value is Plural =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { other?: unknown }).other === 'string' &&
  Object.entries(value).every(
    ([category, form]) =>
      typeof form === 'string' && ['zero', 'one', 'two', 'few', 'many', 'other'].includes(category),
  );

/** The `{placeholders}` a string, or plural forms' `other` form, fills in. */
const placeholders = (value: Plural): string[] =>
  (typeof value === 'string' ? value : value.other).match(/\{\w+\}/g) ?? [];

/**
 * The problems of UI strings given to an element, each naming its key. Only keys the element
 * knows are allowed, so that a misspelt key is reported rather than ignored; and a string keeps
 * every placeholder of the one it replaces, so that nothing it fills in (the emergency number in
 * `callNumber`) drops off the page.
 */
export function checkStrings(data: object, known: object): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(known, key)) problems.push(`strings.${key}: not a UI string of this element`);
    else if (typeof value !== 'string' && !(PLURAL_KEYS.has(key) && isPluralForms(value)))
      problems.push(`strings.${key}: expected a string${PLURAL_KEYS.has(key) ? ' or plural forms' : ''}`);
    else
      for (const placeholder of placeholders((known as Record<string, Plural>)[key]!))
        if (!placeholders(value as Plural).includes(placeholder))
          problems.push(`strings.${key}: must keep ${placeholder}`);
  }
  return problems;
}

/** Reads a strings block: the strings, or the problems (see `checkStrings`). */
export function parseStrings(
  json: string,
  known: object,
): { strings: Record<string, Plural>; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { strings: {}, problems: [`strings: ${(error as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { strings: {}, problems: ['strings: expected an object of UI strings'] };
  const problems = checkStrings(data, known);
  return { strings: problems.length ? {} : (data as Record<string, Plural>), problems };
}
