/**
 * What every element loads to know its language: the nearest `lang`, followed as it changes. An
 * English (UK) page needs nothing more: its strings are each element's defaults, and its dates and
 * counts are written without `Intl`. Any other language loads the language layer (`locales.ts`:
 * choosing and loading packs, plural rules, numbers and dates through `Intl`) on demand, once per
 * page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fill } from '../core/fill.js';
import { formatUkDate } from '../core/format.js';
import { DEFAULT_LOCALE } from './default-locale.js';
import type * as LanguageLayer from './locales.js';
import type { Plural, UiStrings } from './strings.js';

/**
 * Whether a `lang` means English (UK), written as it is written there: none, `en` or `en-GB`, in
 * any case. The language layer picks the same pack and formats the same way for these.
 */
export const isUkEnglish = (lang: string): boolean => /^(en(-gb)?)?$/i.test(lang.trim());

type Layer = typeof LanguageLayer;
let layer: Layer | undefined;
let loadingLayer: Promise<Layer> | undefined;

/** Loads the language layer once per page; a failed load may be tried again. */
export function loadLanguageLayer(): Promise<Layer> {
  return (loadingLayer ??= import('./locales.js').then(
    (loaded) => (layer = loaded),
    (error: unknown) => {
      loadingLayer = undefined;
      throw error;
    },
  ));
}

/** The nearest `lang`: the element's own, an ancestor's, across shadow roots to their hosts. */
export function nearestLang(element: Element): string {
  // A server render sees the element alone: its own `lang` is the one it renders in.
  if (isServer) return element.getAttribute('lang') ?? '';
  let node: Element | null = element;
  while (node) {
    const marked = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The document and every shadow root between it and the element: where a `lang` may change. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

// One observer for every element: any `lang` that changes makes each connected one look again.
const connected = new Set<LocaleController>();
const observer = isServer
  ? undefined
  : new MutationObserver(() => connected.forEach((controller) => controller.refresh()));

/**
 * Gives its host the UI strings of the language it sits in: the pack for the nearest `lang`,
 * loaded on first use, followed as `lang` attributes change. The host renders again when the
 * strings change.
 */
export class LocaleController implements ReactiveController {
  /** The nearest `lang` as written, for formatting dates and numbers. */
  lang = '';
  /** The chosen pack's locale, such as `cy` for `cy-GB`. */
  locale = '';
  /**
   * The chosen pack's strings: empty for the default pack, whose strings are the host's own;
   * `undefined` until the first pack has loaded.
   */
  strings?: Partial<UiStrings>;
  /** Settles once the chosen pack's strings are in place. */
  ready: Promise<void> = Promise.resolve();

  constructor(readonly host: Pick<ReactiveControllerHost, 'addController' | 'requestUpdate'> & Element) {
    host.addController(this);
  }

  /** A `YYYY-MM-DD` date in the language, as the review footer shows it. */
  formatDate = (isoDate: string): string => (layer ? layer.dateIn(this, isoDate) : formatUkDate(isoDate));

  hostConnected(): void {
    connected.add(this);
    for (const root of rootsOf(this.host))
      observer!.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    // The observer cannot forget one root; once no element listens, it forgets them all.
    if (!connected.size) observer!.disconnect();
  }

  /** Looks for the nearest `lang` again; loads and applies its pack if the pack changed. */
  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
    if (layer) return layer.choosePack(this);
    if (isUkEnglish(lang)) {
      this.locale = DEFAULT_LOCALE;
      this.strings = {};
      this.ready = Promise.resolve();
      return;
    }
    // Any other language needs the layer to choose its pack; once it is here, look again. Until
    // then the strings stay as they are (none before the first render, so nothing shows yet).
    const ready: Promise<void> = (this.ready = loadLanguageLayer().then(
      (loaded) => loaded.adopt(this, ready),
      // A layer that fails to load (a network error) leaves the English defaults.
      () => {
        if (this.ready !== ready) return;
        this.locale = DEFAULT_LOCALE;
        this.strings = {};
        this.host.requestUpdate();
      },
    ));
  }
}

/**
 * Fills `{name}` placeholders in the host's language; the plural form follows the value of
 * `countKey`. On an English (UK) page, by the English rules without `Intl`: the `one` form for 1,
 * `other` for any other count, and whole numbers grouped by commas (12,345).
 */
export function localText(
  locale: LocaleController,
  text: Plural,
  values: Record<string, string | number>,
  countKey?: string,
): string {
  if (layer) return layer.textIn(locale, text, values, countKey);
  const template = typeof text === 'string' ? text : (values[countKey!] === 1 && text.one) || text.other;
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(values))
    shown[name] = typeof value === 'number' ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : value;
  return fill(template, shown).join('');
}
