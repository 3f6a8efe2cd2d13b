/** Page settings shared by stories: how publishers theme the elements, through CSS alone. */
import { html, type TemplateResult } from 'lit';

/** A dark-mode page, as a publisher that supports dark mode sets it up. */
export const darkPage = (story: () => unknown): TemplateResult =>
  html`<div style="color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem;">${story()}</div>`;

/** A publisher's brand, set only through the elements' custom properties. */
export const brandTheme = (story: () => unknown): TemplateResult =>
  html`<div
    style="font-family: Georgia, serif; color: #1f2a37;
      --hw-color-accent: #7b2d8e; --hw-color-border: #7b2d8e; --hw-color-surface: #fbf7fc;
      --hw-radius: 1rem; --hw-space: 1.5rem; --hw-heading-font-size: 1.5em;"
  >
    ${story()}
  </div>`;

/** A right-to-left page. */
export const rightToLeft = (story: () => unknown): TemplateResult => html`<div dir="rtl">${story()}</div>`;

/** A narrow container, like a sidebar or a small phone. */
export const narrow = (story: () => unknown): TemplateResult =>
  html`<div style="width: 320px; outline: 1px dashed #888;">${story()}</div>`;
