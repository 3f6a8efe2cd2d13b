import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/prevention-checklist/prevention-checklist.js';
import type { ChecklistStrings } from '../src/components/prevention-checklist/prevention-checklist.js';
import type { ChecklistContent } from '../src/content/schema.js';
import { checklist } from '../src/content/topics/back-spasms-walking.js';
import { brandTheme, darkPage, rightToLeft } from './themes.js';
import { inLanguage } from './languages.js';

interface Args {
  topic?: string;
  headingLevel?: number;
  persist: boolean;
  checked: string[];
  content?: ChecklistContent;
  strings?: Partial<ChecklistStrings>;
}

const meta: Meta<Args> = {
  title: 'Elements/Prevention checklist',
  component: 'hw-prevention-checklist',
  tags: ['autodocs'],
  args: { topic: 'back-spasms-walking', headingLevel: 2, persist: false, checked: [] },
  argTypes: {
    topic: { control: 'text' },
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    persist: { control: 'boolean' },
    checked: { control: 'object' },
    content: { control: 'object' },
    strings: { control: 'object' },
  },
  render: ({ topic, headingLevel, persist, checked, content, strings }) =>
    html`<hw-prevention-checklist
      topic=${ifDefined(topic)}
      heading-level=${ifDefined(headingLevel)}
      ?persist=${persist}
      .checked=${checked}
      .content=${content}
      .strings=${strings ?? {}}
    ></hw-prevention-checklist>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Zero configuration: the bundled topic, nothing saved. */
export const Default: Story = {};

/** With `persist`, ticks are kept in this browser's localStorage and survive a reload. */
export const Persisted: Story = { args: { persist: true } };

/** Some habits ticked through the `checked` property. */
export const PartlyTicked: Story = { args: { checked: ['posture', 'hydration', 'core'] } };

/** Content supplied as a property, with the UI strings in other words. */
export const CustomContent: Story = {
  args: {
    checked: ['stairs'],
    content: {
      ...checklist,
      heading: 'Your week at work',
      intro: undefined,
      groups: [
        {
          id: 'desk',
          label: 'At your desk',
          items: [
            {
              id: 'breaks',
              title: 'Stand up every half hour',
              why: 'Sitting still for a long time makes your back stiff.',
            },
            { id: 'stairs', title: 'Take the stairs', detail: 'At least once a day.' },
          ],
        },
      ],
    },
    strings: { progress: '{done}/{total} this week', reset: 'Start the week again' },
  },
};

/** On a dark page that declares `color-scheme: dark`. */
export const DarkTheme: Story = { args: { checked: ['posture', 'core'] }, decorators: [darkPage] };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { args: { checked: ['warm-up'] }, decorators: [brandTheme] };

/** On a right-to-left page the boxes sit on the right. */
export const RightToLeft: Story = { args: { checked: ['posture'] }, decorators: [rightToLeft] };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = { decorators: [inLanguage('cy')], args: { checked: ['posture'] } };

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = { decorators: [inLanguage('es')], args: { checked: ['posture'] } };

/** In US English, from `lang="en-US"`: checks rather than ticks, and the emergency room. */
export const UnitedStatesEnglish: Story = {
  decorators: [inLanguage('en-US')],
  args: { checked: ['posture'] },
};

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = { decorators: [inLanguage('en-GB')], args: { checked: ['posture'] } };
/** Invalid content: a short message names each problem, and the page carries on. */
export const ErrorState: Story = {
  args: {
    content: {
      ...checklist,
      groups: [{ ...checklist.groups[0]!, items: [{ id: 'posture', title: '' }] }],
    },
  },
  parameters: { contentErrors: 1 },
};
