import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * A publisher's article, exactly as `examples/article.html` ships it: all four elements from the
 * CDN file and one script tag, the brand set only through `--hw-…` custom properties, and the
 * reserve-space snippet so nothing moves when the elements upgrade.
 */
const meta: Meta = {
  title: 'Examples/Publisher page',
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<iframe
      src="examples/article.html"
      title="Example article: back spasms when walking"
      style="display: block; width: 100%; height: 90vh; border: 0;"
    ></iframe>`,
};
export default meta;

export const PublisherPage: StoryObj = {};
