import type { StorybookConfig } from '@storybook/web-components-vite';
import { litCssModules } from '../scripts/css-modules.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // The same stylesheet mechanism as the build and the tests.
    viteConfig.plugins = [litCssModules(), ...(viteConfig.plugins ?? [])];
    return viteConfig;
  },
};

export default config;
