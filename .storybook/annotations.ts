/**
 * What every story shares, in Storybook (preview.ts) and in the story tests: the toolbar's theme,
 * direction and language, and the controls helper's settings.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { globalTypes, initialGlobals, withPage } from '../stories/themes.js';

// Unset, the helper renders no styles for the custom property and part controls. It reads its
// settings once its module has loaded, so this runs as this module loads, before any story.
setStorybookHelpersConfig();

export const storyAnnotations = {
  globalTypes,
  initialGlobals,
  decorators: [withPage],
} satisfies Preview;
