/**
 * Page settings every story can take from the toolbar: a theme (set through CSS alone, as
 * publishers theme the elements), a text direction and a language. One wrapper sets them, the
 * way a publisher's page does: `lang` and `dir` on an ancestor, `--hw-…` properties inherited.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { LANGUAGES } from './languages.js';

/** A dark-mode page, as a publisher that supports dark mode sets it up. */
const DARK_PAGE = 'color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem;';

/** A publisher's brand, set only through the elements' custom properties. */
const BRAND = `font-family: Georgia, serif; color: #1f2a37;
  --hw-color-accent: #7b2d8e; --hw-color-border: #7b2d8e; --hw-color-surface: #fbf7fc;
  --hw-radius: 1rem; --hw-space: 1.5rem; --hw-heading-font-size: 1.5em;`;

/** The toolbar's themes: the style each puts on the page wrapper. */
export const THEMES: Record<string, { title: string; style: string }> = {
  default: { title: 'Default: the page’s own font and colours', style: '' },
  brand: { title: 'Brand example: --hw-… properties only', style: BRAND },
  dark: { title: 'Dark page (color-scheme: dark)', style: DARK_PAGE },
};

export const globalTypes: NonNullable<Preview['globalTypes']> = {
  theme: {
    description: 'Theme of the page around the elements',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction of the page, from dir on a wrapper',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language of the UI words, from the lang of a wrapper',
    toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
  },
};

export const initialGlobals = { theme: 'default', dir: 'ltr', locale: 'en-GB' };

/** Wraps every story in a page with the toolbar's language, direction and theme. */
export const withPage: Decorator = (story, { globals }) =>
  html`<div
    lang=${globals.locale ?? initialGlobals.locale}
    dir=${globals.dir ?? initialGlobals.dir}
    style=${THEMES[globals.theme ?? 'default']?.style ?? ''}
  >
    ${story()}
  </div>`;

/** A narrow container, like a sidebar: 320 px, or the whole width on a screen narrower than that. */
export const narrow = (story: () => unknown): TemplateResult =>
  html`<div style="width: 320px; max-width: 100%; outline: 1px dashed #888; outline-offset: -1px;">
    ${story()}
  </div>`;

/** Single-purpose wrappers, for pages that show one setting outside the toolbar. */
export const darkPage = (story: () => unknown): TemplateResult =>
  html`<div style=${DARK_PAGE}>${story()}</div>`;
export const brandTheme = (story: () => unknown): TemplateResult =>
  html`<div style=${BRAND}>${story()}</div>`;
export const rightToLeft = (story: () => unknown): TemplateResult => html`<div dir="rtl">${story()}</div>`;
