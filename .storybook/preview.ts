import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { storyAnnotations } from './annotations.js';
import { DocsPage } from './docs-page.js';

// Docs tables (attributes, properties, events, parts, CSS properties) come from the manifest
// that the analyzer generates from the source's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Toolbar switches for theme, text direction and language, applied to every story, and the
  // controls helper's settings.
  ...storyAnnotations,
  parameters: {
    ...storyAnnotations.parameters,
    controls: { expanded: true },
    // Elements' docs pages add usage guidance to the generated docs.
    docs: { ...storyAnnotations.parameters.docs, page: DocsPage },
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
