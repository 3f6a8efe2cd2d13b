import { html, type TemplateResult } from 'lit';
import type { Source } from '../../content/schema.js';

/**
 * A sign's source as a link. Where the address is a site's home page (the document is not online
 * there), only the publisher is linked, so the link names where it goes (WCAG 2.4.4) and the
 * title beside it names the document.
 */
export const sourceLink = ({ url, publisher, title }: Source): TemplateResult =>
  new URL(url).pathname === '/'
    ? html`<a href=${url}>${publisher}</a>: ${title}`
    : html`<a href=${url}>${publisher}: ${title}</a>`;
