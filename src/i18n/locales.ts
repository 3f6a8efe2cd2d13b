/**
 * The language layer: choosing a locale pack for a language tag, loading it, and filling in its
 * strings with plural rules, numbers and dates through `Intl`. No DOM. An English (UK) page never
 * loads it (see locale-controller.ts): a page in any other language loads it on demand, once.
 */
import { fill } from '../core/fill.js';
import { formatUkDate } from '../core/format.js';
import type { LocaleController } from './locale-controller.js';
import { DEFAULT_LOCALE } from './default-locale.js';
import type { AnyPack, Plural, UiStrings } from './strings.js';

export { DEFAULT_LOCALE };

/**
 * Every pack but the default, each a chunk of its own that loads only when a page uses it.
 * Explicit imports, so that bundlers can split them.
 */
const loaders: Record<string, () => Promise<{ default: AnyPack }>> = {
  'en-US': () => import('./packs/en-US.js'),
  cy: () => import('./packs/cy.js'),
  es: () => import('./packs/es.js'),
};

/** The packs there are, default first. */
export const LOCALES: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(loaders)];

/**
 * The pack for a language tag: the exact tag, else the first pack of its language, else English
 * (UK). Tags match whatever their case: `EN-us` is `en-US`, `cy-GB` is `cy`, `fr` is `en-GB`.
 */
export function pickLocale(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  const language = wanted.split(/[-_]/)[0];
  return (
    LOCALES.find((locale) => locale.toLowerCase() === wanted) ??
    LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language) ??
    DEFAULT_LOCALE
  );
}

const loading = new Map<string, Promise<AnyPack>>();
const loaded = new Map<string, AnyPack>();

/** A pack already loaded on this page, if any. */
export const loadedPack = (locale: string): AnyPack | undefined => loaded.get(locale);

/** Loads a pack other than the default, once per page. */
export function loadPack(locale: string): Promise<AnyPack> {
  let pack = loading.get(locale);
  if (!pack) {
    const load = loaders[locale];
    if (!load) return Promise.reject(new Error(`no pack for ${locale}`));
    pack = load().then(({ default: loadedPack }) => {
      loaded.set(locale, loadedPack);
      return loadedPack;
    });
    // A failed load (a network error) may be tried again by the next element.
    pack.catch(() => loading.delete(locale));
    loading.set(locale, pack);
  }
  return pack;
}

/**
 * The tag for formatting dates and numbers, so that they follow the words: the page's own tag
 * when `Intl` knows it and it is the pack's language (so `es-MX` keeps its own conventions), else
 * the pack's. A bare language that the pack narrows (`en` for the `en-GB` pack) takes the pack's
 * tag: 28 November, not November 28, under UK English. A language with no pack (`fr`) is written
 * in the pack's words, so its dates are too, and carry the words' `lang`.
 */
export function formattingLocale(tag: string | null | undefined, locale: string): string {
  try {
    const canonical = Intl.getCanonicalLocales(tag || locale)[0]!;
    if (locale.startsWith(`${canonical}-`)) return locale;
    return canonical.split('-')[0] === locale.split('-')[0] ? canonical : locale;
  } catch {
    return locale;
  }
}

/** The form of a plural string for a count, by the language's plural rules. */
export function pluralForm(text: Plural, count: number, locale: string): string {
  if (typeof text === 'string') return text;
  return text[new Intl.PluralRules(locale).select(count)] ?? text.other;
}

/**
 * Fills `{name}` placeholders with values, numbers formatted in the locale; the plural form
 * follows the value of `countKey`. Placeholders without a value stay as they are.
 */
export function formatText(
  text: Plural,
  values: Record<string, string | number>,
  locale: string,
  countKey?: string,
): string {
  const count = countKey === undefined ? undefined : values[countKey];
  const template =
    typeof count === 'number'
      ? pluralForm(text, count, locale)
      : typeof text === 'string'
        ? text
        : text.other;
  const numbers = new Intl.NumberFormat(locale);
  const shown = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? numbers.format(value) : value,
    ]),
  );
  return fill(template, shown).join('');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a `YYYY-MM-DD` date in a locale (a well-formed tag), the same day in every time zone:
 * English (UK) without `Intl`, as on a page that never loads this layer; with month names from a
 * pack when the browser has no dates in that language, rather than falling back to another
 * language's.
 */
export function formatLocalDate(isoDate: string, locale: string, months?: readonly string[]): string {
  if (locale === DEFAULT_LOCALE) return formatUkDate(isoDate);
  const date = new Date(isoDate);
  if (months && !Intl.DateTimeFormat.supportedLocalesOf([locale]).length)
    return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * Points an element's controller at the pack for its `lang`: at once when the pack is the
 * default or already loaded, else once it loads; the element renders again then.
 */
export function choosePack(controller: LocaleController): void {
  const locale = pickLocale(controller.lang);
  if (locale === controller.locale) return;
  controller.locale = locale;
  const apply = (strings: Partial<UiStrings>) => {
    if (controller.locale !== locale) return;
    controller.strings = strings;
    controller.host.requestUpdate();
  };
  const known = locale === DEFAULT_LOCALE ? {} : loaded.get(locale)?.strings;
  if (known) {
    controller.strings = known;
    controller.ready = Promise.resolve();
    return;
  }
  controller.ready = loadPack(locale).then(
    (pack) => apply(pack.strings),
    // A pack that fails to load (a network error) leaves the English defaults.
    () => apply({}),
  );
}

/**
 * Takes over a controller that waited for the layer, unless it has since moved on: chooses its
 * pack and renders again. The result settles once that pack is in place, if it has one to load.
 */
export function adopt(controller: LocaleController, waited: Promise<void>): Promise<void> | undefined {
  if (controller.ready !== waited) return controller.ready;
  controller.refresh();
  controller.host.requestUpdate();
  return controller.ready === waited ? undefined : controller.ready;
}

/** A `YYYY-MM-DD` date in an element's language. */
export const dateIn = (controller: LocaleController, isoDate: string): string =>
  formatLocalDate(
    isoDate,
    formattingLocale(controller.lang, controller.locale),
    loaded.get(controller.locale)?.months,
  );

/** `formatText` in an element's language. */
export const textIn = (
  controller: LocaleController,
  text: Plural,
  values: Record<string, string | number>,
  countKey?: string,
): string => formatText(text, values, formattingLocale(controller.lang, controller.locale), countKey);
