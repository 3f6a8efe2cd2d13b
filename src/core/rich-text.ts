import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, InlineText, RichText } from '../content/schema.js';

// Rich text is structured data rendered through Lit templates: no HTML string ever reaches the
// DOM, and links were checked against the allowed schemes when the content was validated.

function inline(run: Inline): TemplateResult | string {
  if (typeof run === 'string') return run;
  if ('href' in run) return html`<a href=${run.href}>${run.text}</a>`;
  return html`<em>${run.text}</em>`;
}

function inlineText(text: InlineText): TemplateResult | string | (TemplateResult | string)[] {
  return typeof text === 'string' ? text : text.map(inline);
}

function block(item: Block): TemplateResult {
  if (typeof item === 'string' || Array.isArray(item)) return html`<p>${inlineText(item)}</p>`;
  const items = item.list.map((entry) => html`<li>${inlineText(entry)}</li>`);
  return item.ordered
    ? html`<ol>
        ${items}
      </ol>`
    : html`<ul>
        ${items}
      </ul>`;
}

export function richText(text: RichText | undefined): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  return typeof text === 'string' ? html`<p>${text}</p>` : html`${text.map(block)}`;
}

/** The words a reader sees, without markup: for JSON-LD, `aria-label`s and the like. */
export function plainText(text: RichText): string {
  const flat = (value: InlineText) =>
    typeof value === 'string'
      ? value
      : value.map((run) => (typeof run === 'string' ? run : run.text)).join('');
  if (typeof text === 'string') return text;
  return text
    .map((item) =>
      typeof item === 'string' || Array.isArray(item) ? flat(item) : item.list.map(flat).join('\n'),
    )
    .join('\n');
}
