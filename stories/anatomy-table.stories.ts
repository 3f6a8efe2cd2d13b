import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/anatomy-table/anatomy-table.js';
import type { AnatomyTableContent } from '../src/content/schema.js';
import { anatomy } from '../src/content/topics/back-spasms-walking.js';
import { brandTheme, darkPage, narrow } from './themes.js';
import { inLanguage } from './languages.js';

interface Args {
  topic?: string;
  headingLevel?: number;
  content?: AnatomyTableContent;
}

const meta: Meta<Args> = {
  title: 'Elements/Anatomy table',
  component: 'hw-anatomy-table',
  tags: ['autodocs'],
  args: { topic: 'back-spasms-walking', headingLevel: 2 },
  argTypes: {
    topic: { control: 'text' },
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    content: { control: 'object' },
  },
  render: ({ topic, headingLevel, content }) =>
    html`<hw-anatomy-table
      topic=${ifDefined(topic)}
      heading-level=${ifDefined(headingLevel)}
      .content=${content}
    ></hw-anatomy-table>`,
};
export default meta;

type Story = StoryObj<Args>;

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
export const DarkTheme: Story = { decorators: [darkPage] };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { decorators: [brandTheme] };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = { decorators: [inLanguage('cy')] };

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = { decorators: [inLanguage('es')] };

/** In US English, from `lang="en-US"`: checks rather than ticks, and the emergency room. */
export const UnitedStatesEnglish: Story = { decorators: [inLanguage('en-US')] };

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = { decorators: [inLanguage('en-GB')] };
/** Invalid content: a short message names each problem, and the page carries on. */
export const ErrorState: Story = {
  args: {
    content: { ...anatomy, rows: [{ ...anatomy.rows[0]!, muscle: '' }] } as AnatomyTableContent,
  },
  parameters: { contentErrors: 1 },
};
