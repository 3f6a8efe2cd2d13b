import {
  html,
  isServer,
  nothing,
  unsafeCSS,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FaqContent } from '../../content/schema.js';
import { faqBundled } from '../../content/bundled.js';
import { onUnlessFalse } from '../../core/attributes.js';
import core from '../../core/core.module.css';
import { defineElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { heading } from '../../core/heading.js';
import { HwElement } from '../../core/hw-element.js';
import { faqStrings } from '../../i18n/en-GB/faq.js';
import type { FaqStrings } from '../../i18n/strings.js';
import { richText } from '../../core/rich-text.js';
import css, { styles } from './faq-accordion.module.css';

export { faqStrings, type FaqStrings };

export interface FaqToggleDetail {
  /** The question's id from the content, as used in a link: `#causes`. */
  id: string;
  /** Whether its answer is now open. */
  open: boolean;
}

/**
 * A question with its heading, button and answer, as one template: with hundreds of questions, one
 * template each renders fastest and keeps pre-rendered HTML small. A tag name cannot be bound, so
 * there is a template for each level a question's heading can take (3 to 6).
 */
function question(
  level: number,
  item: FaqContent['items'][number],
  open: boolean,
  role: 'group' | 'region',
  disabled: 'true' | undefined,
): TemplateResult {
  const q = `q-${item.id}`;
  const a = `a-${item.id}`;
  const answer = richText(item.answer);
  switch (level) {
    case 4:
      return html`<div class=${css.item} part="item">
        <h4 class=${css.question} part="question">
          <button
            type="button"
            id=${q}
            class=${css.trigger}
            part="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${a}
            aria-disabled=${ifDefined(disabled)}
          >
            ${item.question}
          </button>
        </h4>
        <div
          id=${a}
          class=${css.answer}
          part="answer"
          role=${ifDefined(open ? role : undefined)}
          aria-labelledby=${open ? q : nothing}
          .hidden=${open ? false : 'until-found'}
        >
          ${answer}
        </div>
      </div>`;
    case 5:
      return html`<div class=${css.item} part="item">
        <h5 class=${css.question} part="question">
          <button
            type="button"
            id=${q}
            class=${css.trigger}
            part="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${a}
            aria-disabled=${ifDefined(disabled)}
          >
            ${item.question}
          </button>
        </h5>
        <div
          id=${a}
          class=${css.answer}
          part="answer"
          role=${ifDefined(open ? role : undefined)}
          aria-labelledby=${open ? q : nothing}
          .hidden=${open ? false : 'until-found'}
        >
          ${answer}
        </div>
      </div>`;
    case 6:
      return html`<div class=${css.item} part="item">
        <h6 class=${css.question} part="question">
          <button
            type="button"
            id=${q}
            class=${css.trigger}
            part="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${a}
            aria-disabled=${ifDefined(disabled)}
          >
            ${item.question}
          </button>
        </h6>
        <div
          id=${a}
          class=${css.answer}
          part="answer"
          role=${ifDefined(open ? role : undefined)}
          aria-labelledby=${open ? q : nothing}
          .hidden=${open ? false : 'until-found'}
        >
          ${answer}
        </div>
      </div>`;
    default:
      return html`<div class=${css.item} part="item">
        <h3 class=${css.question} part="question">
          <button
            type="button"
            id=${q}
            class=${css.trigger}
            part="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${a}
            aria-disabled=${ifDefined(disabled)}
          >
            ${item.question}
          </button>
        </h3>
        <div
          id=${a}
          class=${css.answer}
          part="answer"
          role=${ifDefined(open ? role : undefined)}
          aria-labelledby=${open ? q : nothing}
          .hidden=${open ? false : 'until-found'}
        >
          ${answer}
        </div>
      </div>`;
  }
}

/** Above this many questions, answers are labelled groups rather than landmark regions. */
const MAX_REGIONS = 6;

const JSON_LD = ':scope > script[type="application/ld+json"]';

/**
 * Questions and their answers as an accordion, following the WAI-ARIA Authoring Practices
 * pattern: each question is a button inside a heading that shows or hides its answer.
 *
 * Enter and Space open or close a question; Up and Down arrows move between questions, and Home
 * and End go to the first and last. Closed answers stay findable with the browser's find in page
 * (`hidden="until-found"`), which opens them; where a browser lacks that, the buttons still open
 * every answer. A link to `#<question id>` opens that question and scrolls to it, on load and
 * when the hash changes. Printing shows every answer.
 *
 * Headings: the widget's title is at `heading-level` (default 2), as in every element; the
 * questions sit one level below it, and never below level 6.
 *
 * @tagname hw-faq-accordion
 * @summary The article's questions, each opening to its answer.
 *
 * @attr {number} heading-level - Level of the widget's title, 2–6. Default 2; any other value means the default. The questions sit one level below, at most 6.
 * @attr {boolean} exclusive - Opening one question closes the others. Present means on, unless its value is `"false"`.
 * @attr {boolean} structured-data - Present means on, unless its value is `"false"`. Adds one schema.org FAQPage `<script type="application/ld+json">` to the element's light DOM, for search engines.
 *
 * @prop {FaqContent | undefined} content - Content to show. It wins over inline JSON and `topic`, and is validated before use.
 * @prop {Partial<FaqStrings>} strings - Overrides for `showAll`, `hideAll` and the shared UI strings.
 *
 * @prop {string[]} open - Ids of the open questions, in the content's order; set it to open those and close the rest.
 *
 * @fires {CustomEvent<FaqToggleDetail>} hw-faq-toggle - A question opened or closed, for any reason (the reader, a link, `open`, `show()`, `hide()` or `toggle()`); `detail` is `{ id, open }`.
 *
 * @csspart toggle-all - The Show all / Hide all button.
 * @csspart item - Each question with its answer.
 * @csspart question - Each question's heading.
 * @csspart button - Each question's button.
 * @csspart answer - Each answer.
 * @cssprop --hw-reserve-faq-accordion - Height it keeps while a file it needs loads (another topic, its language's pack, the validator), as examples/reserve-space.css reserves it. Default 59em.
 */
export class HwFaqAccordion extends HwElement<FaqContent, FaqStrings> {
  static override styles = [...HwElement.styles, unsafeCSS(styles)];

  static override properties: PropertyDeclarations = {
    exclusive: { type: Boolean, reflect: true, converter: onUnlessFalse },
    structuredData: { type: Boolean, attribute: 'structured-data', converter: onUnlessFalse },
    open: { attribute: false, noAccessor: true },
  };

  /** @internal */
  static override schema = () =>
    import('../../content/validator-entry.js').then(({ FaqContentSchema }) => FaqContentSchema);

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  declare content?: FaqContent | undefined;

  /** Opening one question closes the others. */
  exclusive = false;

  /** Adds a schema.org FAQPage JSON-LD block to the light DOM, built from the content. */
  structuredData = false;

  protected readonly bundled = faqBundled;
  protected readonly defaultStrings = faqStrings;

  /** Ids of the open questions. */
  #opened = new Set<string>();
  /** A question named by the URL hash, opened once content is shown. */
  #linked?: string;
  /** The linked question to scroll to once it renders open. */
  #scrollTarget?: string;
  /** The question the reader just opened or closed, kept in view as it renders. */
  #pressed?: Element | undefined;
  /** The JSON-LD block being written, if any. */
  #jsonLdWrite?: Promise<void>;
  /**
   * Set by `health-widgets/hydrate` while it takes over a pre-rendered FAQ. Until then, as on the
   * server, the questions are marked unavailable: where scripts are blocked they open nothing. A
   * reader's first press still works, as it starts the hydration.
   */
  private asServer?: boolean;

  readonly #onHashChange = () => {
    try {
      const id = decodeURIComponent(location.hash.slice(1));
      // The page's own anchors win: a heading with the same id is where the link points.
      this.#linked = id && !document.getElementById(id) ? id : undefined;
    } catch {
      this.#linked = undefined;
    }
    if (this.#linked) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Ids inside a shadow root are out of the hash's reach, so the element follows it itself.
    addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
  }

  protected override contentChanged(content: FaqContent): void {
    const ids = new Set(content.items.map((item) => item.id));
    this.#opened = new Set([...this.#opened].filter((id) => ids.has(id)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Turning `exclusive` on, or setting `open`, keeps the first open question in the content's
    // order and closes the rest. Hydration keeps every answer the server showed, so nothing
    // moves; the next question the reader opens closes the others.
    if (
      this.exclusive &&
      this.#opened.size > 1 &&
      (changed.has('exclusive') || changed.has('open')) &&
      !this.asServer
    )
      this.#setOpened(new Set(this.open.slice(0, 1)), false);
    // Rendered on the server, every answer shows, to read before and without scripts; the
    // hydrate support keeps them open, so nothing moves when the script arrives.
    if (isServer && this.shown) this.#opened = new Set(this.shown.items.map((item) => item.id));
    const id = this.#linked;
    if (!this.shown || !id) return;
    this.#linked = undefined;
    if (this.#reveal(id, false)) this.#scrollTarget = id;
  }

  protected override updated(): void {
    // An exclusive accordion may close a long answer above, which scroll anchoring cannot make up
    // for when that answer held the top of the view: the question would leave the screen.
    this.#pressed?.scrollIntoView({ block: 'nearest' });
    this.#pressed = undefined;
    // The JSON-LD writer loads only for an accordion asked for it, or to remove a block left in
    // saved markup; most pages never fetch it.
    if (this.structuredData || this.querySelector(JSON_LD)) {
      const write: Promise<void> = (this.#jsonLdWrite = import('./json-ld.js')
        .then(({ writeJsonLd }) => {
          if (this.#jsonLdWrite === write) writeJsonLd(this, this.structuredData ? this.shown : undefined);
        })
        // A writer that fails to load (a network error) leaves the page as it was.
        .catch(() => {})
        .finally(() => {
          if (this.#jsonLdWrite === write) this.#jsonLdWrite = undefined;
        }));
    }
    const id = this.#scrollTarget;
    this.#scrollTarget = undefined;
    const button = id && this.shadowRoot!.getElementById(`q-${id}`);
    if (button) {
      button.scrollIntoView({ block: 'start' });
      // As a link to a page's own heading moves where Tab goes next, a link to a question moves
      // focus to it, in the element's shadow root, out of the link's reach.
      button.focus({ preventScroll: true });
    }
  }

  /** Waits for the JSON-LD block to be written too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    while (this.#jsonLdWrite) await this.#jsonLdWrite;
    return result;
  }

  /** Opens or closes questions, telling listeners about each one that changed. */
  #setOpened(next: Set<string>, render = true): void {
    const before = this.#opened;
    this.#opened = next;
    for (const { id } of this.shown?.items ?? []) {
      if (before.has(id) !== next.has(id)) emit(this, 'hw-faq-toggle', { id, open: next.has(id) });
    }
    if (render) this.requestUpdate();
  }

  /**
   * Ids of the open questions, in the content's order. Setting it opens those and closes the
   * rest (in an `exclusive` accordion only the first stays open).
   */
  get open(): string[] {
    const ids = this.shown?.items.map((item) => item.id);
    return ids ? ids.filter((id) => this.#opened.has(id)) : [...this.#opened];
  }

  set open(ids: string[]) {
    const old = this.open;
    this.#setOpened(new Set(ids), false);
    this.requestUpdate('open', old);
  }

  /**
   * Opens a question (closing the others in an `exclusive` accordion) and says whether the content
   * has it: an id it does not have opens nothing, so it closes nothing either.
   */
  #reveal(id: string, render: boolean): boolean {
    if (this.shown && !this.shown.items.some((item) => item.id === id)) return false;
    if (!this.#opened.has(id))
      this.#setOpened(new Set(this.exclusive ? [id] : [...this.#opened, id]), render);
    return true;
  }

  /** Opens the question with this id (closing the others in an `exclusive` accordion). */
  show(id: string): void {
    this.#reveal(id, true);
  }

  /** Closes the question with this id. */
  hide(id: string): void {
    const next = new Set(this.#opened);
    if (next.delete(id)) this.#setOpened(next);
  }

  /** Opens the question with this id if it is closed, or closes it if it is open. */
  toggle(id: string): void {
    if (this.#opened.has(id)) this.hide(id);
    else this.show(id);
  }

  #toggleAll(allOpen: boolean): void {
    this.#setOpened(new Set(allOpen ? [] : this.shown!.items.map((item) => item.id)));
  }

  /**
   * One listener for every question rather than one each, which counts with hundreds of them: a
   * click on a question's button (`id` "q-" and the item's id) opens or closes its answer.
   */
  #onClick(event: Event): void {
    const button = (event.target as Element).closest(`.${css.trigger}`);
    if (!button) return;
    this.toggle(button.id.slice(2));
    this.#pressed = button;
  }

  /** Find in page reached a closed answer (`id` "a-" and the item's id): it opens. */
  #onBeforeMatch(event: Event): void {
    this.show((event.target as Element).id.slice(2));
  }

  /**
   * Up, Down, Home and End move between questions, wrapping round at either end. With a modifier
   * (Ctrl+Home, say) the key is the browser's.
   */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(`.${css.trigger}`)];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const target = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[target]!.focus();
  }

  protected renderContent(content: FaqContent): TemplateResult {
    const { items } = content;
    const text = this.text;
    const allOpen = items.every((item) => this.#opened.has(item.id));
    const role = items.length > MAX_REGIONS ? 'group' : 'region';
    const level = Math.min(6, this.outlineLevel + 1);
    // Until hydration, as on the server, questions are marked unavailable (see `asServer`).
    const disabled = isServer || this.asServer ? 'true' : undefined;
    return html`<div class=${core.card} lang=${content.meta.lang} dir="auto">
      ${heading(this.outlineLevel, content.heading, core.heading)}
      ${
        items.length > 1 && !this.exclusive
          ? html`<div class=${css.toolbar}>
              <button
                type="button"
                class=${css['toggle-all']}
                part="toggle-all"
                aria-expanded=${allOpen ? 'true' : 'false'}
                lang=${this.uiLang}
                @click=${() => this.#toggleAll(allOpen)}
              >
                ${allOpen ? text.hideAll : text.showAll}
              </button>
            </div>`
          : nothing
      }
      <div @keydown=${this.#onKeyDown} @click=${this.#onClick} @beforematch=${this.#onBeforeMatch}>
        ${items.map((item) => question(level, item, this.#opened.has(item.id), role, disabled))}
      </div>
      ${this.renderReview(content.meta)}
    </div>`;
  }
}

defineElement('hw-faq-accordion', HwFaqAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'hw-faq-accordion': HwFaqAccordion;
  }
  interface HealthWidgetsEventMap {
    'hw-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
