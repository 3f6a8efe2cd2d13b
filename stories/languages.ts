/** The toolbar's languages: each pack, by its tag and its name in itself. */
import { html, type TemplateResult } from 'lit';
export const LANGUAGES = [
  { value: 'en-GB', title: 'English (UK), en-GB' },
  { value: 'en-US', title: 'English (US), en-US' },
  { value: 'cy', title: 'Cymraeg, cy' },
  { value: 'es', title: 'Español, es' },
];

/** A wrapper with `lang`, so the elements inside take that language's pack. */
export const inLanguage =
  (lang: string) =>
  (story: () => unknown): TemplateResult =>
    html`<div lang=${lang}>${story()}</div>`;
