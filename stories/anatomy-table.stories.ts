import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/anatomy-table/anatomy-table.js';
import type { HwAnatomyTable } from '../src/components/anatomy-table/anatomy-table.js';
import { anatomyTopics } from '../src/content/topics.js';
import { controlsFor } from './controls.js';
import { anatomyTableUsage } from './usage.js';
import type { AnatomyTableContent } from '../src/content/schema.js';
import { anatomy } from '../src/content/topics/back-spasms-walking.js';
import { narrow } from './themes.js';

const { args, argTypes, template } = controlsFor<HwAnatomyTable>('hw-anatomy-table', anatomyTopics);

const meta: Meta = {
  title: 'Elements/Anatomy table',
  component: 'hw-anatomy-table',
  tags: ['autodocs'],
  args: { ...args, 'heading-level': 2 },
  argTypes,
  render: (args) => template(args),
  parameters: { usage: anatomyTableUsage },
};
export default meta;

type Story = StoryObj;

/** Zero configuration: the bundled topic. */
export const Default: Story = {};

/** Content supplied as a property, from a developer's own data. */
export const CustomContent: Story = {
  args: {
    content: {
      ...anatomy,
      heading: 'Muscles at the back of your leg',
      caption: 'Two leg muscles that help you walk',
      rows: [
        {
          id: 'gluteus-maximus',
          muscle: 'Gluteus maximus',
          description: 'The big muscle of your buttock.',
          role: 'Pushes your body forward with each step.',
        },
        {
          id: 'hamstrings',
          muscle: 'Hamstrings',
          description: 'Muscles at the back of your thigh.',
          role: 'Slow your leg down before your foot lands.',
        },
      ],
    },
  },
};

/** Content as inline JSON, for a CMS page without a build step. */
export const InlineJson: Story = {
  render: () =>
    html`<hw-anatomy-table>
      <script type="application/json">
        ${JSON.stringify({ ...anatomy, heading: 'Muscles from inline JSON', rows: anatomy.rows.slice(0, 2) })}
      </script>
    </hw-anatomy-table>`,
};

/** In a 320 px container the rows stack into labelled cards. */
export const NarrowContainer: Story = { decorators: [narrow] };

/** On a dark page that declares `color-scheme: dark`. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { globals: { theme: 'brand' } };

/**
 * On a right-to-left page, the bundled English table still reads left to right: each widget takes
 * its direction from its content, not the page. Right-to-left content runs its columns from the
 * right (the FAQ's Right to left story shows such content).
 */
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = { globals: { locale: 'cy' } };

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = { globals: { locale: 'es' } };

/** In US English, from `lang="en-US"`: the same words as English (UK) here (only ticks and the emergency room differ). */
export const UnitedStatesEnglish: Story = { globals: { locale: 'en-US' } };

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = { globals: { locale: 'en-GB' } };
/** Invalid content: a short message names each problem, and the page carries on. */
export const ErrorState: Story = {
  args: {
    content: { ...anatomy, rows: [{ ...anatomy.rows[0]!, muscle: '' }] } as AnatomyTableContent,
  },
  parameters: { contentErrors: 1 },
};
