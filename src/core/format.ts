// English (UK) dates are written without `Intl`: a page's first `Intl` date format is slow to make
// (the browser loads its locale data, tens of milliseconds before the first render), and this
// default locale's long date is plain: day, month, year.
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a `YYYY-MM-DD` date for the reader, in the content's language (a well-formed tag, as
 * the schema checks). UTC keeps the day the same in every time zone.
 */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(isoDate);
  if (lang === 'en-GB') return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
