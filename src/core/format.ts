/**
 * Formats a `YYYY-MM-DD` date for the reader, in the content's language (a well-formed tag, as
 * the schema checks). UTC keeps the day the same in every time zone.
 */
export function formatDate(isoDate: string, lang: string): string {
  return new Date(isoDate).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
}
