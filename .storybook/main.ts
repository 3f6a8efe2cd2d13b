import type { StorybookConfig } from '@storybook/web-components-vite';
import { litCssModules } from '../scripts/css-modules.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The publisher page story shows examples/article.html with the built CDN file.
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../dist/cdn', to: '/dist/cdn' },
  ],
  async viteFinal(viteConfig) {
    // The same stylesheet mechanism as the build and the tests.
    viteConfig.plugins = [litCssModules(), ...(viteConfig.plugins ?? [])];
    return viteConfig;
  },
};

export default config;
