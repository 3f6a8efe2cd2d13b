import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  DEFAULT_LOCALE,
  formatLocalDate,
  formattingLocale,
  loadedPack,
  loadPack,
  pickLocale,
} from './locales.js';
import type { UiStrings } from './strings.js';

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

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'addController' | 'requestUpdate'> & Element,
  ) {
    host.addController(this);
  }

  /** The tag for `Intl`: the nearest `lang` when valid, else the pack's locale. */
  get formatLocale(): string {
    return formattingLocale(this.lang, this.locale);
  }

  /** A `YYYY-MM-DD` date in the language, as the review footer shows it. */
  formatDate = (isoDate: string): string =>
    formatLocalDate(isoDate, this.formatLocale, loadedPack(this.locale)?.months);

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
    const locale = pickLocale(lang);
    if (locale === this.locale) return;
    this.locale = locale;
    const known = locale === DEFAULT_LOCALE ? {} : loadedPack(locale)?.strings;
    if (known) {
      this.strings = known;
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadPack(locale).then(
      (pack) => this.apply(locale, pack.strings),
      // A pack that fails to load (a network error) leaves the English defaults.
      () => this.apply(locale, {}),
    );
  }

  private apply(locale: string, strings: Partial<UiStrings>): void {
    if (this.locale !== locale) return;
    this.strings = strings;
    this.host.requestUpdate();
  }
}
