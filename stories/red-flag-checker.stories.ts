import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/red-flag-checker/red-flag-checker.js';
import type { RedFlagContent } from '../src/content/schema.js';
import { redFlags } from '../src/content/topics/back-spasms-walking.js';
import { brandTheme, darkPage, narrow, rightToLeft } from './themes.js';
import { inLanguage } from './languages.js';

interface Args {
  topic?: string;
  headingLevel?: number;
  emergencyNumber?: string;
  urgentService?: string;
  checked?: string[];
  content?: RedFlagContent;
}

const flags = redFlags.groups.flatMap((group) => group.flags);
/** Ids of the bundled flags of one tier, to preset a tier state. */
const firstOf = (tier: string) => [flags.find((flag) => flag.tier === tier)!.id];

const meta: Meta<Args> = {
  title: 'Elements/Red-flag checker',
  component: 'hw-red-flag-checker',
  tags: ['autodocs'],
  args: { topic: 'back-spasms-walking', headingLevel: 2, emergencyNumber: '999', urgentService: 'NHS 111' },
  argTypes: {
    topic: { control: 'text' },
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    emergencyNumber: { control: 'text' },
    urgentService: { control: 'text' },
    checked: { control: 'check', options: flags.map((flag) => flag.id) },
    content: { control: 'object' },
  },
  // `checked` left unset is `undefined`, which the setter takes as "not answered yet" (the prompt);
  // the getter's type, which the template checker reads, never holds it.
  render: ({ topic, headingLevel, emergencyNumber, urgentService, checked, content }) =>
    html`<hw-red-flag-checker
      topic=${ifDefined(topic)}
      heading-level=${ifDefined(headingLevel)}
      emergency-number=${ifDefined(emergencyNumber)}
      urgent-service=${ifDefined(urgentService)}
      .checked=${checked as string[]}
      .content=${content}
    ></hw-red-flag-checker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first state, before the reader answers: a neutral prompt, no tier, nothing announced. */
export const Default: Story = {};

/** Nothing checked, given as an answer (a `checked` preset of `[]`, or "None of these"): the self-care outcome, ending with the safety net. */
export const SelfCare: Story = { args: { checked: [] } };

/**
 * The reader ticks "None of these": the outcome says no listed sign was ticked, gives the
 * self-care steps, and ends with the safety net, naming the publisher's same-day service.
 */
export const NoneOfThese: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hw-red-flag-checker')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#none-of-these')!.click();
    await el.updateComplete;
  },
};

/** A sign to see a doctor about. */
export const SeeDoctor: Story = { args: { checked: firstOf('see-doctor') } };

/** A sign that needs medical help today, naming the publisher's same-day service. */
export const Urgent: Story = { args: { checked: firstOf('urgent') } };

/** An emergency sign, with the publisher's number as a `tel:` link. */
export const Emergency: Story = { args: { checked: firstOf('emergency') } };

/** An emergency without an `emergency-number`: the text says "your local emergency number". */
export const EmergencyWithoutNumber: Story = {
  args: { checked: firstOf('emergency'), emergencyNumber: undefined, urgentService: undefined },
};

/**
 * An `emergency-number` that is not one number (here two, joined by "or"): nothing is linked, so
 * no link can dial a wrong number. The text says "your local emergency number", the checker works
 * as usual, and the value is logged once and reported as `hw-content-error`.
 */
export const InvalidEmergencyNumber: Story = {
  args: { checked: firstOf('emergency'), emergencyNumber: '999 or 112' },
  parameters: { attributeErrors: 1 },
};

/** US settings: 911, no same-day service named, and `lang="en-US"` for the emergency room. */
export const EmergencyUnitedStates: Story = {
  args: { checked: firstOf('emergency'), emergencyNumber: '911', urgentService: undefined },
  decorators: [inLanguage('en-US')],
};

/** On a dark page that declares `color-scheme: dark`. */
export const DarkTheme: Story = { args: { checked: firstOf('urgent') }, decorators: [darkPage] };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { args: { checked: firstOf('emergency') }, decorators: [brandTheme] };

/** A right-to-left page. */
export const RightToLeft: Story = { args: { checked: firstOf('emergency') }, decorators: [rightToLeft] };

/** In a 320 px container. */
export const NarrowContainer: Story = { args: { checked: firstOf('emergency') }, decorators: [narrow] };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = {
  decorators: [inLanguage('cy')],
  args: { checked: firstOf('emergency'), emergencyNumber: undefined },
};

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = {
  decorators: [inLanguage('es')],
  args: { checked: firstOf('emergency'), emergencyNumber: undefined },
};

/** In US English, from `lang="en-US"`: checks rather than ticks, and the emergency room. */
export const UnitedStatesEnglish: Story = {
  decorators: [inLanguage('en-US')],
  args: { checked: firstOf('emergency'), emergencyNumber: undefined },
};

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = {
  decorators: [inLanguage('en-GB')],
  args: { checked: firstOf('emergency'), emergencyNumber: undefined },
};
/** Invalid content: a flag names a source the topic does not list. */
export const ErrorState: Story = {
  args: {
    content: {
      ...redFlags,
      groups: [
        { ...redFlags.groups[0]!, flags: [{ ...redFlags.groups[0]!.flags[0]!, sources: ['nowhere'] }] },
      ],
    },
  },
  parameters: { contentErrors: 1 },
};
