import { html, nothing } from 'lit';
import type { RedFlagContent } from '../../content/schema.js';
import { FLAG_TIERS } from '../../content/tiers.js';
import type { RedFlagStrings } from '../../i18n/strings.js';
import type { Tier } from './triage.js';
import type { HwRedFlagChecker } from './red-flag-checker.js';
import css from './red-flag-checker.module.css';
import { sourceLink } from './source-link.js';

/**
 * The checker as a care card, for readers without JavaScript: boxes cannot compute an outcome
 * there, so every sign is listed under the care it needs (emergency first), each tier with what
 * to do, and then what to do when none applies. Nothing to tick: it reads like a printed card.
 */
export function renderCareCard(checker: HwRedFlagChecker, content: RedFlagContent): unknown {
  // What the care card shares with the checker, which keeps it protected.
  const { text, renderOutcome, uiLang } = checker as unknown as {
    text: RedFlagStrings;
    uiLang: string;
    renderOutcome(content: RedFlagContent, tier: Tier, title?: unknown, signs?: unknown): unknown;
  };
  const outcome = renderOutcome.bind(checker);
  const sources = new Map(content.meta.review.sources.map((source) => [source.id, source]));
  const flags = content.groups.flatMap((group) => group.flags);
  const signs = (tier: string) =>
    html`<ul>
      ${flags
        .filter((flag) => flag.tier === tier)
        .map(
          (flag) =>
            html`<li data-flag=${flag.id}>
              ${flag.label} ${flag.detail ? html`<p class=${css.small}>${flag.detail}</p>` : nothing}
              <p class=${css.small}>
                <span lang=${uiLang}>${text.source}:</span>
                ${flag.sources.map((id, index) => html`${index ? ', ' : ''}${sourceLink(sources.get(id)!)}`)}
              </p>
            </li>`,
        )}
    </ul>`;
  // The content's intro asks the reader to tick, which a card cannot offer: it asks the question.
  return html`<p class=${css.strong} lang=${uiLang}>${text.question}</p>
    ${FLAG_TIERS.filter((tier) => flags.some((flag) => flag.tier === tier)).map((tier) => outcome(content, tier, undefined, signs(tier)))}
    ${outcome(content, 'self-care', html`<span lang=${uiLang}>${text.none}</span>`)}`;
}
