import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { RedFlagContent, Source } from '../../content/schema.js';
import { redFlagTopics } from '../../content/topics.js';
import { toText } from '../../core/base-element.js';
import core from '../../core/core.module.css';
import { defineElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { heading } from '../../core/heading.js';
import { HwElement } from '../../core/hw-element.js';
import { redFlagStrings } from '../../i18n/en-GB/red-flag.js';
import type { RedFlagStrings } from '../../i18n/strings.js';
import css, { styles } from './red-flag-checker.module.css';
import { fill, triage, type Tier } from './triage.js';

export type { Tier };

export { redFlagStrings, type RedFlagStrings };

export interface TriageChangeDetail {
  /** The new care tier. Never which signs were ticked. */
  level: Tier;
}

const NONE_ID = 'none-of-these';

// 24 × 24 outlines, drawn with the text colour so they hold in forced colours and in print.
const ICONS: Record<Tier, string> = {
  emergency: 'M12 3 2 20h20L12 3zm0 6v5m0 3v.5',
  urgent: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zm0 4v5l3 3',
  'see-doctor': 'M4 6h16v14H4zm0 4h16M8 3v5m8-5v5',
  'self-care': 'm5 12.5 4.5 4.5L19 7',
};

/**
 * Symptoms to tick, grouped, each naming its source; the outcome below shows the highest care
 * tier among the ticked ones (`emergency`, `urgent`, `see-doctor`), or `self-care` when none is
 * ticked, and is announced politely without moving focus. Until the reader answers (ticks a
 * sign or "None of these") the outcome panel shows the neutral `prompt` string instead, with no
 * tier, and nothing is announced; a `ticked` preset, even `[]`, counts as an answer. Nothing is
 * stored or sent: the `hw-triage-change` event carries the tier only, never which signs were
 * ticked.
 *
 * @tagname hw-red-flag-checker
 * @summary Tick warning signs, see which kind of care to get.
 *
 * @attr emergency-number - The emergency number to call, shown as a `tel:` link, such as `999`, `911` or `112`. Without it the text says "your local emergency number".
 * @attr urgent-service - A same-day medical service for the urgent outcome, such as `NHS 111`.
 *
 * @prop {RedFlagContent | undefined} content - Content to show. It wins over inline JSON and `topic`, and is validated before use.
 * @prop {string[] | undefined} ticked - Flag ids to show ticked when content loads, for previews; it counts as an answer, so even `[]` shows the self-care outcome instead of the prompt. Reading it gives back what was set, never the reader's ticks.
 * @prop {Tier} level - Read only: the current care tier, `self-care` while nothing is ticked, including before the reader answers.
 *
 * @fires hw-triage-change - The reader's ticks changed the care tier; `detail.level` is the new tier, and the detail holds nothing else.
 *
 * @csspart form - The fieldset of signs.
 * @csspart flag - Each sign: its checkbox, label, detail and source.
 * @csspart outcome - The outcome panel; its `data-tier` attribute names the tier, and is absent while the panel shows the prompt.
 * @csspart outcome-heading - The outcome's heading.
 * @csspart note - The note that this is not a diagnosis.
 */
export class HwRedFlagChecker extends HwElement<RedFlagContent, RedFlagStrings> {
  static override styles = [...HwElement.styles, styles];

  static override attributes: typeof HwElement.attributes = {
    ...HwElement.attributes,
    'emergency-number': ['emergencyNumber', toText],
    'urgent-service': ['urgentService', toText],
  };

  static {
    this.reactive('emergencyNumber', 'urgentService', 'ticked');
  }

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  declare content?: RedFlagContent;

  /** Overrides for any UI string; they win over strings from HTML and the language's pack. */
  declare strings: Partial<RedFlagStrings>;

  /** The emergency number, shown as a `tel:` link. No default: the text then says "your local emergency number". */
  emergencyNumber?: string;

  /** A same-day medical service named in the urgent outcome, such as "NHS 111". */
  urgentService?: string;

  /** Flag ids to show ticked when content loads, for previews; even `[]` counts as an answer. Reading it gives back what was set, never the reader's ticks. */
  ticked?: string[];

  protected async validate(data: unknown) {
    const { validate, RedFlagContentSchema } = await import('../../content/validation.js');
    return validate(RedFlagContentSchema, data);
  }

  protected readonly bundled = redFlagTopics;
  protected readonly defaultStrings = redFlagStrings;

  /** The reader's ticks, kept in memory only. */
  private selected = new Set<string>();
  private noneSelected = false;
  /** Whether to show an outcome rather than the prompt: the reader ticked something, or `ticked` is set. */
  private answered = false;
  private announcement = '';

  /** The current care tier: the highest among the ticked flags, or `self-care`, even before an answer. */
  get level(): Tier {
    return triage(this.shown?.groups.flatMap((group) => group.flags) ?? [], this.selected);
  }

  protected override willUpdate(changed: Set<string>): void {
    super.willUpdate(changed);
    if (changed.has('ticked')) this.preset();
  }

  protected override contentChanged(): void {
    this.preset();
  }

  private preset(): void {
    this.selected = new Set(this.ticked);
    this.noneSelected = false;
    this.answered = !!this.ticked;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const before = this.level;
    const answered = this.answered;
    this.answered = true;
    if (input.id === NONE_ID) {
      // "None of these" is exclusive: ticking it clears every sign.
      this.noneSelected = input.checked;
      if (input.checked) this.selected.clear();
    } else if (input.checked) {
      this.selected.add(input.value);
      this.noneSelected = false;
    } else {
      this.selected.delete(input.value);
    }
    const level = this.level;
    // The first answer replaces the prompt with an outcome, even when the tier stays self-care.
    if (level !== before || !answered)
      this.announcement = `${this.text[level]}: ${this.shown!.outcomes[level].heading}`;
    if (level !== before) emit(this, 'hw-triage-change', { level });
    this.requestUpdate();
  }

  /** The number as a `tel:` link, or the words for a local number when there is none. */
  private callTo(): unknown {
    const number = this.emergencyNumber?.trim();
    const dial = number?.replace(/[^\d+*#]/g, '');
    return dial ? html`<a href="tel:${dial}">${number}</a>` : this.text.localNumber;
  }

  private renderFlag(flag: RedFlagContent['groups'][number]['flags'][number], sources: Map<string, Source>) {
    const id = `flag-${flag.id}`;
    return html`<div class=${css.flag} part="flag">
      <input
        type="checkbox"
        id=${id}
        value=${flag.id}
        .checked=${this.selected.has(flag.id)}
        aria-describedby=${flag.detail ? `${id}-detail` : nothing}
      />
      <label for=${id}>${flag.label}</label>
      ${flag.detail ? html`<p class=${css.small} id="${id}-detail">${flag.detail}</p>` : nothing}
      <p class=${css.small}>
        ${this.text.source}:
        ${flag.sources.map((sourceId, index) => {
          const source = sources.get(sourceId)!;
          return html`${index ? ', ' : ''}<a href=${source.url}>${source.publisher}: ${source.title}</a>`;
        })}
      </p>
    </div>`;
  }

  private renderOutcome(content: RedFlagContent, level: Tier) {
    const text = this.text;
    const outcome = content.outcomes[level];
    const extra =
      level === 'emergency'
        ? fill(text.callNumber, 'number', this.callTo())
        : level === 'urgent' && this.urgentService
          ? fill(text.urgentService, 'service', this.urgentService)
          : undefined;
    const words = html`<span class=${css.tier}
        ><svg class=${css.icon} viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[level]}></path></svg
        >${text[level]}</span
      >${outcome.heading}`;
    return html`<div class="${css.outcome} ${css[level]}" part="outcome" data-tier=${level}>
      ${heading(Math.min(6, this.outlineLevel + 1), words, css.outcomeHeading, 'outcome-heading')}
      <p>${outcome.body}</p>
      ${
        outcome.steps
          ? html`<ul>
              ${outcome.steps.map((step) => html`<li>${step}</li>`)}
            </ul>`
          : nothing
      }
      ${extra ? html`<p class=${css.strong}>${extra}</p>` : nothing}
    </div>`;
  }

  protected renderContent(content: RedFlagContent): TemplateResult {
    const text = this.text;
    const sources = new Map(content.meta.review.sources.map((source) => [source.id, source]));
    return html`<div class=${core.card} lang=${content.meta.lang}>
      ${heading(this.outlineLevel, content.heading, core.heading)}
      <fieldset class=${css.form} part="form" @change=${this.onChange}>
        <legend class=${css.strong}>${content.intro ?? text.question}</legend>
        ${content.groups.map(
          (group) =>
            html`<fieldset class=${css.group}>
              <legend class=${css.strong}>${group.label}</legend>
              ${group.flags.map((flag) => this.renderFlag(flag, sources))}
            </fieldset>`,
        )}
        <div class="${css.flag} ${css.none}">
          <input type="checkbox" id=${NONE_ID} .checked=${this.noneSelected} />
          <label for=${NONE_ID}>${text.none}</label>
        </div>
      </fieldset>
      ${
        this.answered
          ? this.renderOutcome(content, this.level)
          : html`<div class="${css.outcome} ${css.prompt}" part="outcome">${text.prompt}</div>`
      }
      <p class=${core['visually-hidden']} role="status">${this.announcement}</p>
      <p class="${css.note} ${css.strong}" part="note">${fill(text.disclaimer, 'number', this.callTo())}</p>
      ${this.renderReview(content.meta)}
    </div>`;
  }
}

defineElement('hw-red-flag-checker', HwRedFlagChecker);

declare global {
  interface HTMLElementTagNameMap {
    'hw-red-flag-checker': HwRedFlagChecker;
  }
  interface HTMLElementEventMap {
    'hw-triage-change': CustomEvent<TriageChangeDetail>;
  }
}
