import {
  html,
  isServer,
  LitElement,
  type CSSResult,
  nothing,
  render,
  unsafeCSS,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { TopicMeta } from '../content/schema.js';
import { DEFAULT_TOPIC } from '../content/default-topic.js';
import { headingLevelOr, trimmed } from './attributes.js';
import { ContentController, type BundledTopics, type SchemaLoader } from './content-controller.js';
import core, { styles as coreStyles } from './core.module.css';
import { coreStrings } from '../i18n/en-GB/core.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CoreStrings } from '../i18n/strings.js';
import { renderReview } from './review.js';

export { coreStrings, type CoreStrings };
// Every element fires `hw-content-error`; exporting its detail from here also brings the event
// maps into the types of any one element's entry, so `event.detail` is typed without the index.
export type { ContentErrorDetail } from './events.js';

/**
 * What the four elements share: content from a property, inline JSON or a bundled topic,
 * validated; an error view instead of an exception; the heading level; UI strings; the review
 * footer. Subclasses render valid content and nothing else, in a card marked with the content's
 * language and `dir="auto"`: it reads in its content's direction, not the page's, so English
 * content on a right-to-left page keeps its punctuation and numbers in place (the element's own
 * `dir`, if it has one, wins: see core.module.css).
 *
 * @attr {string} topic - Id of a bundled topic. Default `back-spasms-walking`; empty or white space means the default. Other topics load from their own files beside the element's. An unknown topic, one without this widget, or a file that cannot be fetched shows the error view.
 * @attr {number} heading-level - Level of the widget's heading, 2–6. Default 2. Any other value (out of range, not a whole number) means the default.
 *
 * @fires {CustomEvent<ContentErrorDetail>} hw-content-error - The content or an attribute is invalid; `detail.problems` lists each problem with its path (a field, or the attribute's name).
 *
 * @csspart heading - The widget's heading.
 * @csspart footer - Review dates and sources.
 * @csspart error - The message shown instead of invalid content.
 * @csspart loading - The space kept while a file it needs loads: another topic, its language's pack, the validator, its strings block's reader or, for a checklist with `persist`, its storage code.
 *
 * @cssprop --hw-font-family - Font of the widget. Default: the page's.
 * @cssprop --hw-font-size - Base font size. Default: the page's.
 * @cssprop --hw-line-height - Line height. Default 1.5.
 * @cssprop --hw-color-text - Text colour. Default: the page's.
 * @cssprop --hw-color-accent - Links, focus ring, checkboxes, progress bar, and the FAQ's Show all control and chevrons.
 * @cssprop --hw-color-border - Borders and rules.
 * @cssprop --hw-color-surface - Card background. Default transparent.
 * @cssprop --hw-color-muted - Secondary text such as the caption and footer. Default: the text colour.
 * @cssprop --hw-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --hw-color-error - Border of the error view.
 * @cssprop --hw-radius - Corner radius.
 * @cssprop --hw-space - Padding inside the card.
 * @cssprop --hw-margin-block - Space above and below the widget. Default 1.5em.
 * @cssprop --hw-heading-font-size - Size of the widget's heading. Default 1.25em.
 */
export abstract class HwElement<
  TContent extends { meta: TopicMeta },
  TStrings extends CoreStrings,
> extends LitElement {
  static override styles = [unsafeCSS(coreStyles)];

  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    // An empty attribute, as CMS templates often write, means the default topic.
    topic: { converter: (value) => trimmed(value) ?? DEFAULT_TOPIC },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
  };

  /**
   * The schema that content from outside the package must pass, loaded only when it is needed.
   * @internal
   */
  static schema: SchemaLoader<unknown>;

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  content?: TContent | undefined;

  /** Id of a bundled topic, used when there is neither `content` nor inline JSON. */
  topic: string = DEFAULT_TOPIC;

  /** Level of the widget's heading, 2–6, so it fits the page's outline; any other value means the default. */
  headingLevel?: number | undefined;

  /** Overrides for any UI string; they win over strings from HTML and the language's pack. Like a `data-strings` block, each must be a UI string of this element and keep the placeholders of the one it replaces, or the element shows which is wrong. */
  strings: Partial<TStrings> = {};

  protected abstract readonly bundled: BundledTopics<TContent>;
  protected abstract readonly defaultStrings: TStrings;

  /** Resolves, validates and watches the content. */
  protected readonly source = new ContentController<TContent>(this, {
    bundled: () => this.bundled,
    schema: () => (this.constructor as typeof HwElement).schema() as ReturnType<SchemaLoader<TContent>>,
    changed: (content) => this.contentChanged(content),
    knownStrings: () => this.defaultStrings,
  });

  /** The valid content on show, if any. */
  protected get shown(): TContent | undefined {
    return this.source.value;
  }

  /** The UI's language, from the nearest `lang`; its pack loads when first needed. */
  protected readonly locale = new LocaleController(this);

  /** Defaults < the language's pack < strings from HTML (`data-strings`) < the `strings` property. */
  protected get text(): TStrings {
    return { ...this.defaultStrings, ...this.locale.strings, ...this.source.htmlStrings, ...this.strings };
  }

  /**
   * The language the UI's own words are in: the chosen pack's. The card carries the content's
   * language; each UI word marks its own, so a Welsh page with English content reads each right.
   * Words the page gives (`strings`, `data-strings`) are in the page's language, which may have
   * no pack: a French page's own words are marked French, not English.
   */
  protected get uiLang(): string {
    const given = { ...this.source.htmlStrings, ...this.strings };
    return (Object.keys(given).length && this.locale.lang.trim()) || this.locale.locale;
  }

  /**
   * The heading level asked for, or the default (2) when it is not a whole number from 2 to 6,
   * so the page's outline holds.
   */
  protected get outlineLevel(): number {
    return headingLevelOr(this.headingLevel, 2);
  }

  /**
   * Lit shares styles as constructed style sheets, which apply only in the document that built
   * them: in another (an iframe, a picture-in-picture window) adopting them throws and leaves the
   * widget blank. There the styles go in a `<style>` block instead, the block a server render
   * writes, so the hashes in csp.json allow it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.adoptedCallback();
    return root;
  }

  /** Moved into another document, where the style sheets it adopted no longer apply. */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    // Not rendered yet (`createRenderRoot` adds the block), or pre-rendered with its block already.
    if (!root || root.querySelector('style')) return;
    const style = this.ownerDocument.createElement('style');
    style.textContent = (this.constructor as typeof LitElement).elementStyles
      .map((sheet) => (sheet as CSSResult).cssText)
      .join('');
    root.prepend(style);
  }

  /** Resolves the content first, so that subclasses see what will render. */
  protected override willUpdate(_changed: PropertyValues<this>): void {
    // A server render never connects the element, so the language is looked up here.
    if (isServer) this.locale.refresh();
    this.source.refresh();
  }

  /** Waits for the language's pack and any content validation too, and for their result to render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.ready;
    let result = await super.getUpdateComplete();
    while (this.source.pending) {
      await this.source.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // A fault in one widget must never reach the host page or its other widgets.
      this.source.fail([`${this.localName}: ${(error as Error).message}`]);
      render(this.renderError(), this.renderRoot, this.renderOptions);
    }
  }

  /** Called when new valid content arrives, before it renders. */
  protected contentChanged(_content: TContent): void {}

  protected override render(): TemplateResult | typeof nothing {
    // Until the language's pack arrives, no words rather than words in the wrong language.
    if (this.locale.strings && this.shown) return this.renderContent(this.shown);
    // While the pack, a topic's file, the reader of what the page gives or the check of outside
    // content loads, the space is kept (each element's stylesheet gives [part='loading'] the height
    // reserve-space.css keeps before the element is defined, so nothing moves) and nothing is
    // announced.
    if (!this.locale.strings || this.source.pending) return html`<div part="loading"></div>`;
    return this.source.problems ? this.renderError() : nothing;
  }

  protected abstract renderContent(content: TContent): TemplateResult;

  protected renderError(): TemplateResult {
    // The problems are written in English, whatever the UI's language, so they read left to right.
    return html`<div class=${core.error} part="error" dir="auto">
      <p lang=${this.uiLang}>${this.text.contentError}</p>
      <ul lang="en" dir="ltr">
        ${this.source.problems!.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  protected renderReview(meta: TopicMeta): TemplateResult {
    return renderReview(meta, this.text, this.locale.formatDate, this.uiLang);
  }
}
