/**
 * What every story shares, in Storybook (preview.ts) and in the story tests: the toolbar's theme,
 * direction and language, the controls helper's settings, and the properties a story sets in
 * "Show code".
 */
import type { Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { withProperties } from '../stories/source-snippet.js';
import { globalTypes, initialGlobals, withPage } from '../stories/themes.js';

// Unset, the helper renders no styles for the custom property and part controls. It reads its
// settings once its module has loaded, so this runs as this module loads, before any story.
setStorybookHelpersConfig();

export const storyAnnotations = {
  globalTypes,
  initialGlobals,
  decorators: [withPage],
  parameters: { docs: { source: { transform: withProperties } } },
} satisfies Preview;
