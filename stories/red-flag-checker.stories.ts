import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/red-flag-checker/red-flag-checker.js';
import type { HwRedFlagChecker } from '../src/components/red-flag-checker/red-flag-checker.js';
import { redFlagTopics } from '../src/content/topics.js';
import { controlsFor } from './controls.js';
import { redFlagCheckerUsage } from './usage.js';
import { redFlags } from '../src/content/topics/back-spasms-walking.js';
import { narrow } from './themes.js';

const flags = redFlags.groups.flatMap((group) => group.flags);
/** Ids of the bundled flags of one tier, to preset a tier state. */
const firstOf = (tier: string) => [flags.find((flag) => flag.tier === tier)!.id];

const { args, argTypes, template } = controlsFor<HwRedFlagChecker>('hw-red-flag-checker', redFlagTopics);

const meta: Meta = {
  title: 'Elements/Red-flag checker',
  component: 'hw-red-flag-checker',
  tags: ['autodocs'],
  args: { ...args, 'heading-level': 2, 'emergency-number': '999', 'urgent-service': 'NHS 111' },
  argTypes: {
    ...argTypes,
    checked: { ...argTypes.checked, control: 'check', options: flags.map((flag) => flag.id) },
  },
  // `checked` left unset is `undefined`, which the setter takes as "not answered yet" (the prompt).
  render: (args) => template(args),
  parameters: { usage: redFlagCheckerUsage },
};
export default meta;

type Story = StoryObj;

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
  args: { checked: firstOf('emergency'), 'emergency-number': undefined, 'urgent-service': undefined },
};

/**
 * An `emergency-number` that is not one number (here two, joined by "or"): nothing is linked, so
 * no link can dial a wrong number. The text says "your local emergency number", the checker works
 * as usual, and the value is logged once and reported as `hw-content-error`.
 */
export const InvalidEmergencyNumber: Story = {
  args: { checked: firstOf('emergency'), 'emergency-number': '999 or 112' },
  parameters: { attributeErrors: 1 },
};

/** US settings: 911, no same-day service named, and `lang="en-US"` for the emergency room. */
export const EmergencyUnitedStates: Story = {
  args: { checked: firstOf('emergency'), 'emergency-number': '911', 'urgent-service': undefined },
  globals: { locale: 'en-US' },
};

/** On a dark page that declares `color-scheme: dark`. */
export const DarkTheme: Story = { args: { checked: firstOf('urgent') }, globals: { theme: 'dark' } };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { args: { checked: firstOf('emergency') }, globals: { theme: 'brand' } };

/**
 * On a right-to-left page, the bundled English checker still reads left to right, its
 * punctuation in place: each widget takes its direction from its content, not the page.
 */
export const RightToLeft: Story = { args: { checked: firstOf('emergency') }, globals: { dir: 'rtl' } };

/** In a 320 px container. */
export const NarrowContainer: Story = { args: { checked: firstOf('emergency') }, decorators: [narrow] };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { checked: firstOf('emergency'), 'emergency-number': undefined },
};

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { checked: firstOf('emergency'), 'emergency-number': undefined },
};

/** In US English, from `lang="en-US"`: checks rather than ticks, and the emergency room. */
export const UnitedStatesEnglish: Story = {
  globals: { locale: 'en-US' },
  args: { checked: firstOf('emergency'), 'emergency-number': undefined },
};

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = {
  globals: { locale: 'en-GB' },
  args: { checked: firstOf('emergency'), 'emergency-number': undefined },
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
