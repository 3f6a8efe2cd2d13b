import { html, type TemplateResult } from 'lit';

/**
 * A real `<h2>`–`<h6>`, so the widget joins the page's outline at the level it is given.
 * `part` names it for theming: the widget's own heading is `heading`.
 */
export function heading(
  level: number,
  content: unknown,
  className: string,
  part = 'heading',
): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
    default:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
  }
}
