import { html, unsafeCSS, type TemplateResult } from 'lit';
import type { AnatomyTableContent } from '../../content/schema.js';
import { anatomyBundled } from '../../content/bundled.js';
import core from '../../core/core.module.css';
import { defineElement } from '../../core/define.js';
import { heading } from '../../core/heading.js';
import { HwElement } from '../../core/hw-element.js';
import { coreStrings } from '../../i18n/en-GB/core.js';
import type { CoreStrings } from '../../i18n/strings.js';
import css, { styles } from './anatomy-table.module.css';

export type AnatomyTableStrings = CoreStrings;

/**
 * The muscles involved in walking and what each one does, as a table: a caption, column
 * headers, and the muscle as the header of its row. In a narrow container the rows stack into
 * labelled cards that keep their table semantics for assistive technology.
 *
 * @tagname hw-anatomy-table
 * @summary Which muscles work when you walk, and what each one does.
 *
 * @prop {AnatomyTableContent | undefined} content - Content to show. It wins over inline JSON and `topic`, and is validated before use.
 *
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart row - Each body row: one muscle.
 * @cssprop --hw-reserve-anatomy-table - Height it keeps while a file it needs loads (another topic, its language's pack, the validator), as examples/reserve-space.css reserves it. Default 46em.
 */
export class HwAnatomyTable extends HwElement<AnatomyTableContent, AnatomyTableStrings> {
  static override styles = [...HwElement.styles, unsafeCSS(styles)];

  /** @internal */
  static override schema = () =>
    import('../../content/validator-entry.js').then(
      ({ AnatomyTableContentSchema }) => AnatomyTableContentSchema,
    );

  /** Content to show. It wins over inline JSON and `topic`, and is validated before use. */
  declare content?: AnatomyTableContent | undefined;

  protected readonly bundled = anatomyBundled;
  protected readonly defaultStrings = coreStrings;

  protected renderContent(content: AnatomyTableContent): TemplateResult {
    const { columns } = content;
    // Explicit roles: browsers drop table semantics from cells that CSS makes `display: block`.
    return html`<div class="${core.card} ${css.wrapper}" lang=${content.meta.lang} dir="auto">
      ${heading(this.outlineLevel, content.heading, core.heading)}
      <table class=${css.table} part="table" role="table">
        <caption class=${css.caption} part="caption">
          ${content.caption}
        </caption>
        <thead class=${css.head} role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${columns.muscle}</th>
            <th scope="col" role="columnheader">${columns.description}</th>
            <th scope="col" role="columnheader">${columns.role}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${content.rows.map(
            (row) =>
              html`<tr part="row" role="row" data-id=${row.id}>
                <th scope="row" role="rowheader" class=${css.muscle}>${row.muscle}</th>
                <td role="cell">
                  <span class=${css.label} aria-hidden="true">${columns.description}</span>${row.description}
                </td>
                <td role="cell">
                  <span class=${css.label} aria-hidden="true">${columns.role}</span>${row.role}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${this.renderReview(content.meta)}
    </div>`;
  }
}

defineElement('hw-anatomy-table', HwAnatomyTable);

declare global {
  interface HTMLElementTagNameMap {
    'hw-anatomy-table': HwAnatomyTable;
  }
}
