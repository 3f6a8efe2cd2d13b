// English (UK) dates are written without `Intl`: a page's first `Intl` date format is slow to make
// (the browser loads its locale data, tens of milliseconds before the first render), and this
// default locale's long date is plain: day, month, year. Other locales' dates are the language
// layer's (i18n/locales.ts), which only a page in another language loads.
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** Formats a `YYYY-MM-DD` date in English (UK), as `Intl` would: 28 November 2026, in every time zone. */
export function formatUkDate(isoDate: string): string {
  const date = new Date(isoDate);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
