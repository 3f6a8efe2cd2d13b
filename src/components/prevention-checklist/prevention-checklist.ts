import {
  html,
  isServer,
  nothing,
  unsafeCSS,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { ChecklistContent } from '../../content/schema.js';
import { checklistBundled } from '../../content/bundled.js';
import { onUnlessFalse } from '../../core/attributes.js';
import core from '../../core/core.module.css';
import { defineElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { heading } from '../../core/heading.js';
import { HwElement } from '../../core/hw-element.js';
import { checklistStrings } from '../../i18n/en-GB/checklist.js';
import { localText } from '../../i18n/locale-controller.js';
import type { ChecklistStrings } from '../../i18n/strings.js';
import type * as BrowserStore from './browser-store.js';
import type { StoreHost } from './browser-store.js';
import type { ChecklistStore } from './checklist-store.js';
import css, { styles } from './prevention-checklist.module.css';

export { checklistStrings, type ChecklistStrings };

/**
 * Counts only: which items a reader ticked can be about their health, so it never leaves the
 * element in an event (read `checked` for that, on the page).
 */
export interface ChecklistChangeDetail {
  /** How many items are ticked. */
  done: number;
  /** How many items the checklist has. */
  total: number;
}

// The storage code, loaded once per page by the first checklist with `persist`.
let browserStore: typeof BrowserStore | undefined;
let loadingStore: Promise<unknown> | undefined;
/** Settles once the storage code has loaded or failed to; a failed load may be tried again. */
const loadBrowserStore = (): Promise<unknown> =>
  (loadingStore ??= import('./browser-store.js').then(
    (loaded) => (browserStore = loaded),
    () => (loadingStore = undefined),
  ));

const itemIds = (content: ChecklistContent): string[] =>
  content.groups.flatMap((group) => group.items.map((item) => item.id));

/**
 * Habits to tick off, in groups, with progress in words and as a bar. Each habit is a native
 * checkbox, with an optional detail and the reason it helps. With `persist`, ticks are kept in
 * this browser's localStorage, keyed by topic and content version, and every copy of the same
 * checklist, on this page or in another tab, shows the same ticks; without it, storage is never
 * touched. A storage that is blocked, full or broken leaves the checklist working in memory.
 *
 * @tagname hw-prevention-checklist
 * @summary Habits that may help prevent back spasms, to tick off, with progress.
 *
 * @attr {boolean} persist - Save the ticks in this browser's localStorage. Off by default: nothing is stored. Present means on, unless its value is `"false"`.
 *
 * @prop {ChecklistContent | undefined} content - Content to show. It wins over inline JSON and `topic`, and is validated before use.
 * @prop {string[]} checked - Ids of the ticked items. Setting it does not fire `hw-checklist-change`.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} hw-checklist-change - The reader ticked, unticked or cleared items, or (with `persist`) did so in a copy of this checklist on the page or in another tab. `detail` is `{ done, total }`: counts, never which items.
 *
 * @csspart progress - The progress in words.
 * @csspart progress-bar - The progress bar.
 * @csspart group - Each group of items.
 * @csspart item - Each item.
 * @csspart reset - The button that clears every tick.
 * @csspart note - Whether the ticks are saved, shown with `persist`.
 * @cssprop --hw-reserve-prevention-checklist - Height it keeps while a file it needs loads (another topic, its language's pack, the validator, the storage code with `persist`), as examples/reserve-space.css reserves it. Default 90em.
 */
export class HwPreventionChecklist extends HwElement<ChecklistContent, ChecklistStrings> {
  static override styles = [...HwElement.styles, unsafeCSS(styles)];

  static override properties: PropertyDeclarations = {
    persist: { type: Boolean, reflect: true, converter: onUnlessFalse },
    checked: { attribute: false, noAccessor: true },
  };

  /** @internal */
  static override schema = () =>
    import('../../content/validator-entry.js').then(({ ChecklistContentSchema }) => ChecklistContentSchema);

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  declare content?: ChecklistContent | undefined;

  /** Overrides for any UI string; they win over strings from HTML and the language's pack. */
  declare strings: Partial<ChecklistStrings>;

  /** Save the ticks in this browser's localStorage. Off by default: nothing is stored. */
  persist = false;

  protected readonly bundled = checklistBundled;
  protected readonly defaultStrings = checklistStrings;

  #ticks = new Set<string>();
  /** The topic the ticks belong to. */
  #ticksOf?: string;
  private store?: ChecklistStore;
  /** The storage code on its way, with `persist`: the element waits for it. */
  #storeLoading?: Promise<void>;
  /** The reader ticked while the storage code loaded: their ticks join the saved ones once it opens. */
  #tickedWhileLoading = false;
  /** The content the reader has seen: its ticks stay on screen while the storage code loads. */
  #seen?: ChecklistContent;
  private reopen = false;
  /** Set by `health-widgets/hydrate` while it takes over a pre-rendered checklist. */
  private asServer?: boolean;

  /** Ids of the ticked items, in the content's order. Setting it does not fire an event. */
  get checked(): string[] {
    return this.shown ? itemIds(this.shown).filter((id) => this.#ticks.has(id)) : [...this.#ticks];
  }

  set checked(ids: string[]) {
    const old = this.checked;
    this.tick(ids, false);
    this.requestUpdate('checked', old);
  }

  /** Clears every tick (and the saved ones, with `persist`). Does not fire an event. */
  reset(): void {
    this.tick([], false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page: the saved ticks may have changed while it was out (and storage code
    // that failed to load may load now).
    if (this.persist) {
      this.reopen = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    browserStore?.close(this as unknown as StoreHost);
  }

  protected override contentChanged(): void {
    this.reopen = true;
  }

  /** Waits for the storage code too, with `persist`, and for the saved ticks to render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#storeLoading) {
      await this.#storeLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): TemplateResult | typeof nothing {
    // Saved ticks show with the content: until the storage code arrives, new content keeps its
    // space instead. Hydration shows what the server could: no saved ticks.
    return this.#storeLoading && this.#seen !== this.shown && !this.asServer
      ? html`<div part="loading"></div>`
      : super.render();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.reopen || changed.has('persist')) this.#open();
  }

  /** Opens the store for the content on show, loads its ticks, and drops ticks for unknown ids. */
  #open(): void {
    const content = this.shown;
    this.reopen = false;
    this.store = this.#storeLoading = undefined;
    browserStore?.close(this as unknown as StoreHost);
    if (!content) return;
    // Another topic starts from its own saved ticks, or none: never from the last topic's.
    if (this.#ticksOf && this.#ticksOf !== content.meta.id) {
      this.#ticks = new Set();
      this.#tickedWhileLoading = false;
    }
    this.#ticksOf = content.meta.id;
    const ids = itemIds(content);
    if (this.persist && browserStore) {
      this.store = browserStore.openBrowserStore(
        this as unknown as StoreHost,
        content.meta.id,
        content.meta.version,
        ids,
      );
      const saved = this.store.load();
      // What the reader ticked while the code loaded joins what was saved. Hydration first shows
      // what the server could: no saved ticks.
      if (saved && !this.asServer)
        this.#ticks = new Set(this.#tickedWhileLoading ? [...saved, ...this.#ticks] : saved);
    } else if (this.persist && !isServer) {
      const loading: Promise<void> = (this.#storeLoading = loadBrowserStore().then(() => {
        if (this.#storeLoading !== loading) return;
        this.#storeLoading = undefined;
        // Loaded, it opens the store. Failed, the ticks stay in memory and the note says they are
        // not saved, as when the storage fails; the next open tries again.
        this.reopen = !!browserStore;
        this.requestUpdate();
      }));
    }
    this.#ticks = new Set(ids.filter((id) => this.#ticks.has(id)));
    if (!this.persist) this.#tickedWhileLoading = false;
    if (this.store && this.#tickedWhileLoading && !this.asServer) {
      this.#tickedWhileLoading = false;
      // Saved, and shown in the copies on the page, as any tick of the reader's is.
      if (this.store.save(this.checked))
        browserStore!.share(this as unknown as StoreHost, this.checked, true);
    }
  }

  /**
   * Sets the ticks; saves them unless they came from storage, and then shows them in the copies
   * on the page that save under the same key; fires the event for the reader's changes.
   */
  private tick(ids: Iterable<string>, fire: boolean, save = true): void {
    this.#ticks = new Set(ids);
    if (save && this.#storeLoading) this.#tickedWhileLoading = true;
    const { store, checked } = this;
    const saved = save && store?.save(checked);
    this.requestUpdate();
    if (fire)
      emit(this, 'hw-checklist-change', {
        done: checked.length,
        total: this.shown ? itemIds(this.shown).length : 0,
      });
    if (saved) browserStore!.share(this as unknown as StoreHost, checked, fire);
  }

  #toggle(id: string, on: boolean): void {
    const ticks = new Set(this.#ticks);
    if (on) ticks.add(id);
    else ticks.delete(id);
    this.tick(ticks, true);
  }

  protected renderContent(content: ChecklistContent): TemplateResult {
    const text = this.text;
    const total = itemIds(content).length;
    const done = this.checked.length;
    this.#seen = content;
    // The bar only draws what the words say, so screen readers skip it rather than read them twice.
    return html`<div class=${core.card} lang=${content.meta.lang} dir="auto">
      ${heading(this.outlineLevel, content.heading, core.heading)}
      ${content.intro ? html`<p class=${css.intro}>${content.intro}</p>` : nothing}
      <p class=${css.progress} part="progress" role="status" lang=${this.uiLang}>
        ${localText(this.locale, text.progress, { done, total }, 'done')}
      </p>
      <progress
        class=${css.bar}
        part="progress-bar"
        max=${total}
        .value=${done}
        aria-hidden="true"
      ></progress>
      ${content.groups.map(
        (group) =>
          html`<fieldset class=${css.group} part="group">
            <legend class=${css.legend}>${group.label}</legend>
            <ul class=${css.items} role="list">
              ${group.items.map((item) => {
                const id = `item-${item.id}`;
                const described = [item.detail && `${id}-detail`, item.why && `${id}-why`].filter(Boolean);
                return html`<li class=${css.item} part="item">
                  <input
                    type="checkbox"
                    id=${id}
                    class=${css.box}
                    .checked=${this.#ticks.has(item.id)}
                    aria-describedby=${described.join(' ') || nothing}
                    @change=${(event: Event) =>
                      this.#toggle(item.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label for=${id} class=${css.title}>${item.title}</label>
                  ${item.detail ? html`<p id="${id}-detail">${item.detail}</p>` : nothing}
                  ${
                    item.why
                      ? html`<p id="${id}-why" class=${css.why}>
                          <strong lang=${this.uiLang}>${text.why}</strong> <span>${item.why}</span>
                        </p>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>
          </fieldset>`,
      )}
      <button
        type="button"
        class=${css.reset}
        part="reset"
        lang=${this.uiLang}
        @click=${() => this.tick([], true)}
      >
        ${text.reset}
      </button>
      ${
        // While the storage code loads, no note: it would announce "not saved", then "saved".
        // Hydration keeps the server's note.
        this.persist && (!this.#storeLoading || this.asServer)
          ? html`<p class=${css.note} part="note" role="status" lang=${this.uiLang}>
              ${this.store?.saving && !this.asServer ? text.saved : text.notSaved}
            </p>`
          : nothing
      }
      ${this.renderReview(content.meta)}
    </div>`;
  }
}

defineElement('hw-prevention-checklist', HwPreventionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'hw-prevention-checklist': HwPreventionChecklist;
  }
  interface HealthWidgetsEventMap {
    'hw-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
