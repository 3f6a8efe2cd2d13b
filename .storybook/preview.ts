import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { LANGUAGES } from '../stories/languages.js';

// Docs tables (attributes, properties, events, parts, CSS properties) come from the manifest
// that the analyzer generates from the source's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A language toolbar: sets `lang` on a wrapper, as a publisher's page would.
  globalTypes: {
    locale: {
      description: 'Language of the UI words, from the lang of a wrapper',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  decorators: [(story, { globals }) => html`<div lang=${globals.locale ?? 'en-GB'}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320px)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone (390px)', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet (768px)', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
};

export default preview;
