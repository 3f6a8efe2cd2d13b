import {
  html,
  nothing,
  unsafeCSS,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { RedFlagContent, Source } from '../../content/schema.js';
import { redFlagBundled } from '../../content/bundled.js';
import { reportAttribute, trimmed } from '../../core/attributes.js';
import core from '../../core/core.module.css';
import { defineElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { fill } from '../../core/fill.js';
import { heading } from '../../core/heading.js';
import { HwElement } from '../../core/hw-element.js';
import { preRender } from '../../core/pre-render.js';
import { parsePhoneNumber, type PhoneNumber } from '../../core/phone-number.js';
import { redFlagStrings } from '../../i18n/en-GB/red-flag.js';
import type { RedFlagStrings } from '../../i18n/strings.js';
import css, { styles } from './red-flag-checker.module.css';
import { sourceLink } from './source-link.js';
import { triage, type Tier } from './triage.js';

export type { Tier };

export { redFlagStrings, type RedFlagStrings };

export interface TierChangeDetail {
  /** The new care tier. Never which signs were ticked. */
  tier: Tier;
}

const NONE_ID = 'none-of-these';

// 24 × 24 outlines, drawn with the text colour so they hold in forced colours and in print.
const ICONS: Record<Tier, string> = {
  emergency: 'M12 3 2 20h20L12 3zm0 6v5m0 3v.5',
  urgent: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zm0 4v5l3 3',
  'see-doctor': 'M4 6h16v14H4zm0 4h16M8 3v5m8-5v5',
  'self-care': 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5',
};

/**
 * Symptoms to tick, grouped, each naming its source; the outcome below shows the highest care
 * tier among the ticked ones (`emergency`, `urgent`, `see-doctor`), or `self-care` when none is
 * ticked, and is announced politely without moving focus. The self-care outcome says that no listed
 * sign was ticked, gives its steps, and always ends with the safety net (`safetyNet`, and the
 * `urgent-service` line when set). The content's `audience`, shown first, says who it is for. Until the reader answers (ticks a
 * sign or "None of these") the outcome panel shows the neutral `prompt` string instead, with no
 * tier, and nothing is announced; setting `checked`, even to `[]`, counts as an answer. Nothing is
 * stored or sent: the `hw-tier-change` event carries the tier only, never which signs were
 * ticked.
 *
 * @tagname hw-red-flag-checker
 * @summary Tick warning signs, see which kind of care to get.
 *
 * @attr emergency-number - One emergency number to call, shown as a `tel:` link, such as `999`, `911` or `112`: digits, an optional leading `+`, and spaces, hyphens, dots or brackets, at most 15 digits. Without it the text says "your local emergency number"; so does any other value, which is also reported as `hw-content-error` and logged once.
 * @attr urgent-service - A same-day medical service for the urgent outcome, such as `NHS 111`, shown as plain text. Empty or white space means none.
 *
 * @prop {RedFlagContent | undefined} content - Content to show. It wins over inline JSON and `topic`, and is validated before use.
 * @prop {string[]} checked - Ids of the ticked signs, in the content's order: reading gives what the reader ticked now, setting ticks those (for previews). Setting an array counts as an answer, so even `[]` shows the self-care outcome instead of the prompt; setting `undefined` shows the prompt again. Setting fires nothing. The page's own script can read it; no event carries it.
 * @prop {Tier} tier - Read only: the current care tier, `self-care` while nothing is ticked, including before the reader answers.
 *
 * @fires {CustomEvent<TierChangeDetail>} hw-tier-change - The reader's ticks changed the care tier; `detail.tier` is the new tier, and the detail holds nothing else.
 *
 * @csspart form - The fieldset of signs.
 * @csspart flag - Each sign: its checkbox, label, detail and source.
 * @csspart outcome - The outcome panel; its `data-tier` attribute names the tier, and is absent while the panel shows the prompt.
 * @csspart outcome-heading - The outcome's heading.
 * @csspart note - The note that this is not a diagnosis.
 * @cssprop --hw-color-emergency - The emergency tier's words, icon and outcome border. Default: a red that suits light and dark.
 * @cssprop --hw-color-urgent - The urgent tier's words, icon and outcome border. Default: an amber that suits light and dark.
 * @cssprop --hw-color-see-doctor - The see-a-doctor tier's words, icon and outcome border. Default: the accent colour.
 * @cssprop --hw-color-self-care - The self-care tier's words, icon and outcome border. Default: a green that suits light and dark.
 * @cssprop --hw-reserve-red-flag-checker - Height it keeps while a file it needs loads (another topic, its language's pack, the validator), as examples/reserve-space.css reserves it. Default 182em.
 */
export class HwRedFlagChecker extends HwElement<RedFlagContent, RedFlagStrings> {
  static override styles = [...HwElement.styles, unsafeCSS(styles)];

  static override properties: PropertyDeclarations = {
    emergencyNumber: { attribute: 'emergency-number' },
    urgentService: { attribute: 'urgent-service' },
    checked: { attribute: false, noAccessor: true },
  };

  /** @internal */
  static override schema = () =>
    import('../../content/validator-entry.js').then(({ RedFlagContentSchema }) => RedFlagContentSchema);

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  declare content?: RedFlagContent | undefined;

  /** Overrides for any UI string; they win over strings from HTML and the language's pack. */
  declare strings: Partial<RedFlagStrings>;

  /** One emergency number, shown as a `tel:` link. No default, and an invalid one is not linked: the text then says "your local emergency number". */
  emergencyNumber?: string | undefined;

  /** A same-day medical service named in the urgent outcome, such as "NHS 111". */
  urgentService?: string | undefined;

  protected readonly bundled = redFlagBundled;
  protected readonly defaultStrings = redFlagStrings;

  /** The reader's ticks, kept in memory only. */
  #selected = new Set<string>();
  #noneSelected = false;
  /** Whether to show an outcome rather than the prompt: the reader ticked something, or `checked` was set. */
  #answered = false;
  #hadContent = false;
  /** The tier last announced in the status region, once the reader has answered. */
  #announced?: Tier;
  /** The emergency number to link, when `emergencyNumber` is one dialable number. */
  #number?: PhoneNumber;

  /**
   * Ids of the ticked signs, in the content's order; setting them counts as an answer (`undefined`
   * shows the prompt again) and fires nothing. Only the page's own script can read them: no event carries them.
   */
  get checked(): string[] {
    const ids = this.shown?.groups.flatMap((group) => group.flags.map((flag) => flag.id));
    return ids ? ids.filter((id) => this.#selected.has(id)) : [...this.#selected];
  }

  set checked(ids: string[] | undefined) {
    const old = this.checked;
    this.#selected = new Set(ids);
    this.#noneSelected = false;
    this.#answered = !!ids;
    // The page's change is not announced, and the last announcement no longer holds.
    this.#announced = undefined;
    this.requestUpdate('checked', old);
  }

  /** The current care tier: the highest among the ticked flags, or `self-care`, even before an answer. */
  get tier(): Tier {
    return triage(this.shown?.groups.flatMap((group) => group.flags) ?? [], this.#selected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber')) {
      // Never guessed at: a link must dial exactly the number it shows.
      const number = parsePhoneNumber(this.emergencyNumber);
      this.#number = typeof number === 'string' ? undefined : number;
      if (typeof number === 'string') reportAttribute(this, 'emergency-number', this.emergencyNumber, number);
    }
  }

  protected override contentChanged(): void {
    // New content starts afresh, with the prompt; ids set before the first content arrived stay.
    if (this.#hadContent) {
      this.#selected.clear();
      this.#noneSelected = false;
      this.#answered = false;
      this.#announced = undefined;
    }
    this.#hadContent = true;
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const before = this.tier;
    const answered = this.#answered;
    this.#answered = true;
    if (input.id === NONE_ID) {
      // "None of these" is exclusive: ticking it clears every sign.
      this.#noneSelected = input.checked;
      if (input.checked) this.#selected.clear();
    } else if (input.checked) {
      this.#selected.add(input.value);
      this.#noneSelected = false;
    } else {
      this.#selected.delete(input.value);
    }
    const tier = this.tier;
    // The first answer replaces the prompt with an outcome, even when the tier stays self-care.
    if (tier !== before || !answered) this.#announced = tier;
    if (tier !== before) emit(this, 'hw-tier-change', { tier });
    this.requestUpdate();
  }

  /** The number as a `tel:` link, or the words for a local number when there is no valid one. */
  #callTo(): unknown {
    const number = this.#number;
    // A number reads left to right in every language, so right-to-left words do not reorder it.
    return number ? html`<a href="tel:${number.dial}" dir="ltr">${number.shown}</a>` : this.text.localNumber;
  }

  #renderFlag(flag: RedFlagContent['groups'][number]['flags'][number], sources: Map<string, Source>) {
    const id = `flag-${flag.id}`;
    return html`<div class=${css.flag} part="flag">
      <input
        type="checkbox"
        id=${id}
        value=${flag.id}
        .checked=${this.#selected.has(flag.id)}
        aria-describedby=${flag.detail ? `${id}-detail` : nothing}
      />
      <label for=${id}>${flag.label}</label>
      ${flag.detail ? html`<p class=${css.small} id="${id}-detail">${flag.detail}</p>` : nothing}
      <p class=${css.small}>
        <span lang=${this.uiLang}>${this.text.source}:</span>
        ${flag.sources.map((id, index) => html`${index ? ', ' : ''}${sourceLink(sources.get(id)!)}`)}
      </p>
    </div>`;
  }

  /** A tier's outcome; the care card (care-card.ts) gives its own heading and lists the tier's signs. */
  protected renderOutcome(
    content: RedFlagContent,
    level: Tier,
    title: unknown = content.outcomes[level].heading,
    signs?: unknown,
  ) {
    const text = this.text;
    const outcome = content.outcomes[level];
    const urgentService = trimmed(this.urgentService);
    const service = urgentService ? fill(text.urgentService, { service: urgentService }) : undefined;
    const extra =
      level === 'emergency'
        ? fill(text.callNumber, { number: this.#callTo() })
        : level === 'urgent'
          ? service
          : level === 'self-care'
            ? html`${text.safetyNet} ${service ?? nothing}`
            : undefined;
    // The space keeps the tier's words and the title apart in the heading's name (Firefox runs
    // them together without it); on screen the tier's words have a line of their own.
    const words = html`<span class=${css.tier} lang=${this.uiLang}
        ><svg class=${css.icon} viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[level]}></path></svg
        >${text[level]}</span
      >
      ${title}`;
    return html`<div class="${css.outcome} ${css[level]}" part="outcome" data-tier=${level}>
      ${heading(Math.min(6, this.outlineLevel + 1), words, css.outcomeHeading, 'outcome-heading')} ${signs}
      <p>${outcome.body}</p>
      ${
        outcome.steps
          ? html`<ul>
              ${outcome.steps.map((step) => html`<li>${step}</li>`)}
            </ul>`
          : nothing
      }
      ${extra ? html`<p class=${css.strong} lang=${this.uiLang}>${extra}</p>` : nothing}
    </div>`;
  }

  protected renderContent(content: RedFlagContent): TemplateResult {
    const text = this.text;
    const sources = new Map(content.meta.review.sources.map((source) => [source.id, source]));
    return html`<div class=${core.card} lang=${content.meta.lang} dir="auto">
      ${heading(this.outlineLevel, content.heading, core.heading)}
      ${content.audience ? html`<p>${content.audience}</p>` : nothing}
      ${
        preRender.careCard?.(this, content) ??
        html`<fieldset class=${css.form} part="form" @change=${this.#onChange}>
            <legend class=${css.strong} lang=${content.intro ? content.meta.lang : this.uiLang}>
              ${content.intro ?? text.question}
            </legend>
            ${content.groups.map(
              (group) =>
                html`<fieldset class=${css.group}>
                  <legend class=${css.strong}>${group.label}</legend>
                  ${group.flags.map((flag) => this.#renderFlag(flag, sources))}
                </fieldset>`,
            )}
            <div class="${css.flag} ${css.none}">
              <input type="checkbox" id=${NONE_ID} .checked=${this.#noneSelected} />
              <label for=${NONE_ID} lang=${this.uiLang}>${text.none}</label>
            </div>
          </fieldset>
          ${
            this.#answered
              ? this.renderOutcome(content, this.tier)
              : html`<div class="${css.outcome} ${css.prompt}" part="outcome" lang=${this.uiLang}>
                  ${text.prompt}
                </div>`
          }`
      }
      <p class=${css['visually-hidden']} role="status">
        ${
          this.#announced
            ? html`<span lang=${this.uiLang}>${text[this.#announced]}</span>:
                ${content.outcomes[this.#announced].heading}`
            : nothing
        }
      </p>
      <p class="${css.note} ${css.strong}" part="note" lang=${this.uiLang}>
        ${fill(text.disclaimer, { number: this.#callTo() })}
      </p>
      ${this.renderReview(content.meta)}
    </div>`;
  }
}

defineElement('hw-red-flag-checker', HwRedFlagChecker);

declare global {
  interface HTMLElementTagNameMap {
    'hw-red-flag-checker': HwRedFlagChecker;
  }
  interface HealthWidgetsEventMap {
    'hw-tier-change': CustomEvent<TierChangeDetail>;
  }
}
