import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import type { TopicMeta } from '../content/schema.js';
import { DEFAULT_TOPIC } from '../content/topics.js';
import type { Validation } from '../content/validate.js';
import { BaseElement, toNumber, toText, type Converter } from './base-element.js';
import core, { styles as coreStyles } from './core.module.css';
import { emit } from './events.js';
import { coreStrings } from '../i18n/en-GB/core.js';
import { parseStrings, STRINGS_JSON } from '../i18n/html-strings.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { CoreStrings } from '../i18n/strings.js';
import { renderReview } from './review.js';

export { coreStrings, type CoreStrings };

const INLINE_JSON = 'script[type="application/json"]';
const CONTENT_JSON = `${INLINE_JSON}:not([data-strings])`;

/** True when a mutation adds, removes or edits a child matching the selector. */
const touches =
  (selector: string) =>
  ({ target, addedNodes, removedNodes }: MutationRecord): boolean =>
    [target, target.parentNode, ...addedNodes, ...removedNodes].some(
      (node) => node instanceof Element && node.matches(selector),
    );

/**
 * What the four elements share: content from a property, inline JSON or a bundled topic,
 * validated; an error view instead of an exception; the heading level; UI strings; the review
 * footer. Subclasses render valid content and nothing else.
 *
 * @attr {string} topic - Id of a bundled topic. Default `back-spasms-walking`.
 * @attr {number} heading-level - Level of the widget's heading, 2–6. Default 2.
 *
 * @fires {CustomEvent<ContentErrorDetail>} hw-content-error - The content is invalid; `detail.problems` lists each problem with its path.
 *
 * @csspart heading - The widget's heading.
 * @csspart footer - Review dates and sources.
 * @csspart error - The message shown instead of invalid content.
 *
 * @cssprop --hw-font-family - Font of the widget. Default: the page's.
 * @cssprop --hw-font-size - Base font size. Default: the page's.
 * @cssprop --hw-line-height - Line height. Default 1.5.
 * @cssprop --hw-color-text - Text colour. Default: the page's.
 * @cssprop --hw-color-accent - Links and focus ring.
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
> extends BaseElement {
  static override styles = [coreStyles];

  static override attributes: Record<string, [string, Converter]> = {
    // An empty attribute, as CMS templates often write, means the default topic.
    topic: ['topic', (value) => toText(value) || DEFAULT_TOPIC],
    'heading-level': ['headingLevel', toNumber],
  };

  static {
    this.reactive('content', 'topic', 'headingLevel', 'strings');
  }

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  content?: TContent;

  /** Id of a bundled topic, used when there is neither `content` nor inline JSON. */
  topic: string = DEFAULT_TOPIC;

  /** Level of the widget's heading, 2–6, so it fits the page's outline. */
  headingLevel?: number;

  /** Overrides for any UI string; they win over strings from HTML and the language's pack. */
  strings: Partial<TStrings> = {};

  /** Validates content from outside the package; loads the validator only when it is needed. */
  protected abstract validate(data: unknown): Promise<Validation<TContent>>;
  protected abstract readonly bundled: Record<string, TContent>;
  protected abstract readonly defaultStrings: TStrings;
  protected readonly defaultHeadingLevel: number = 2;

  /** The valid content on show, if any. */
  protected shown?: TContent;
  /** What stops content from showing, if anything. */
  protected problems?: string[];
  /** Validation under way; a newer resolution makes an older one moot. */
  private pending?: Promise<void>;
  private reported = '';
  private readonly observer = new MutationObserver((records) => {
    // Only inline JSON is content; other light DOM (such as JSON-LD an element writes) is not.
    const strings = records.some(touches(STRINGS_JSON));
    if (!strings && (this.content != null || !records.some(touches(INLINE_JSON)))) return;
    this.resolve();
    this.requestUpdate();
  });

  /** The UI's language, from the nearest `lang`; its pack loads when first needed. */
  protected readonly locale = new LocaleController(this);
  /** UI strings from a `<script type="application/json" data-strings>` child. */
  private htmlStrings: Partial<TStrings> = {};

  protected get text(): TStrings {
    return { ...this.defaultStrings, ...this.locale.strings, ...this.htmlStrings, ...this.strings };
  }

  /**
   * The heading level, kept within 2–6 so the page's outline holds. Not named `level`: that is
   * the red-flag checker's public care tier.
   */
  protected get outlineLevel(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel!) || this.defaultHeadingLevel));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may arrive or change after the element upgrades (from a CMS or a framework).
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: Set<string>): void {
    const unresolved = !this.shown && !this.problems && !this.pending;
    if (unresolved || changed.has('content') || changed.has('topic')) this.resolve();
  }

  /** Finds the UI strings from HTML, then the content: the property, else inline JSON, else the bundled topic. */
  private resolve(): void {
    let data: unknown = this.content;
    this.pending = undefined;
    const stringsJson = this.querySelector(`:scope > ${STRINGS_JSON}`)?.textContent;
    const { strings, problems } = parseStrings(stringsJson ?? '{}', this.defaultStrings);
    this.htmlStrings = strings as Partial<TStrings>;
    if (problems.length) return this.fail(problems);
    if (data == null) {
      const script = this.querySelector(`:scope > ${CONTENT_JSON}`);
      if (!script) {
        // Bundled topics are checked by the package's tests, so they need no validating here.
        return Object.hasOwn(this.bundled, this.topic)
          ? this.show(this.bundled[this.topic]!)
          : this.fail([
              `topic: unknown topic "${this.topic}" (bundled: ${Object.keys(this.bundled).join(', ')})`,
            ]);
      }
      try {
        data = JSON.parse(script.textContent!);
      } catch (error) {
        return this.fail([`inline JSON: ${(error as Error).message}`]);
      }
    }
    const pending: Promise<void> = (this.pending = this.validate(data)
      .catch((error: Error): Validation<TContent> => ({ ok: false, problems: [`content: ${error.message}`] }))
      .then((result) => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        if (result.ok) this.show(result.value);
        else this.fail(result.problems);
        this.requestUpdate();
      }));
  }

  private show(content: TContent): void {
    if (content !== this.shown) this.contentChanged(content);
    this.shown = content;
    this.problems = undefined;
    this.reported = '';
  }

  /** Shows the problems instead of content; logs and announces them once, however often it renders. */
  private fail(problems: string[]): void {
    this.shown = undefined;
    this.problems = problems;
    const key = problems.join('\n');
    if (key === this.reported) return;
    this.reported = key;
    console.error(`<${this.localName}> invalid content:\n${key}`);
    emit(this, 'hw-content-error', { problems });
  }

  /** Waits for any content validation too, and for its result to render. */
  protected override async settled(): Promise<void> {
    await this.locale.ready;
    await super.settled();
    while (this.pending) {
      await this.pending;
      await super.settled();
    }
  }

  /** Called when new valid content arrives, before it renders. */
  protected contentChanged(_content: TContent): void {}

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // A fault in one widget must never reach the host page or its other widgets.
      this.fail([`${this.localName}: ${(error as Error).message}`]);
      render(this.renderError(), this.renderRoot);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    // Until the language's pack arrives, nothing rather than words in the wrong language.
    if (!this.locale.strings) return nothing;
    if (this.shown) return this.renderContent(this.shown);
    // While outside content is being validated there is nothing to show yet.
    return this.problems ? this.renderError() : nothing;
  }

  protected abstract renderContent(content: TContent): TemplateResult;

  protected renderError(): TemplateResult {
    return html`<div class=${core.error} part="error">
      <p>${this.text.contentError}</p>
      <ul>
        ${this.problems!.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  protected renderReview(meta: TopicMeta): TemplateResult {
    return renderReview(meta, this.text, this.locale.formatDate);
  }
}
