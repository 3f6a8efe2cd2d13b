/**
 * One answer to a bad attribute value, the same in every element: a value that cannot be used
 * falls back to the default, except where guessing could mislead a reader (an emergency number),
 * which is reported the way invalid content is.
 */
import { isServer } from 'lit';
import { emit } from './events.js';

/** Heading levels that fit under the page's title. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6];

/** The heading level asked for when it is a whole number from 2 to 6, else the default. */
export function headingLevelOr(value: unknown, fallback: number): number {
  return HEADING_LEVELS.includes(value as number) ? (value as number) : fallback;
}

/**
 * A boolean attribute: present means on, as in HTML, except the text `false`, which frameworks
 * write for a bound `false` (Vue does, for an element not yet defined). So `persist="false"`
 * stores nothing.
 */
export const onUnlessFalse = (value: string | null): boolean => value !== null && value !== 'false';

/** An attribute's text with surrounding white space dropped; empty or white space only means unset. */
export const trimmed = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/**
 * Logs one `console.error` naming the attribute and its value, and fires `hw-content-error` with
 * a problem whose path is the attribute's name, as invalid content does.
 */
export function reportAttribute(host: Element, attribute: string, value: unknown, problem: string): void {
  const line = `${attribute}: "${value}" ${problem}`;
  // A server render rejects with the problem instead (see health-widgets/server).
  if (!isServer) console.error(`<${host.localName}> invalid attribute:\n${line}`);
  emit(host, 'hw-content-error', { problems: [line] });
}
