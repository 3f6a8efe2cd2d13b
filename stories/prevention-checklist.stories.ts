import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/prevention-checklist/prevention-checklist.js';
import type { HwPreventionChecklist } from '../src/components/prevention-checklist/prevention-checklist.js';
import { checklistTopics } from '../src/content/topics.js';
import { controlsFor } from './controls.js';
import { preventionChecklistUsage } from './usage.js';
import { checklist } from '../src/content/topics/back-spasms-walking.js';
import { storageKey } from '../src/components/prevention-checklist/checklist-store.js';

const { args, argTypes, template } = controlsFor<HwPreventionChecklist>(
  'hw-prevention-checklist',
  checklistTopics,
);

const meta: Meta = {
  title: 'Elements/Prevention checklist',
  component: 'hw-prevention-checklist',
  tags: ['autodocs'],
  args: { ...args, 'heading-level': 2 },
  argTypes,
  render: (args) => template(args),
  parameters: { usage: preventionChecklistUsage },
};
export default meta;

type Story = StoryObj;

/** Zero configuration: the bundled topic, nothing saved. */
export const Default: Story = {};

/** With `persist`, ticks are kept in this browser's localStorage and survive a reload. */
export const Persisted: Story = { args: { persist: true } };

/**
 * Makes this browser's storage throw for one topic's keys, as it does when a reader blocks site
 * data. Only that topic's keys, so other stories on the same page still save. Undone when the
 * story is left.
 */
function refuseStorage(topic: string) {
  const prefix = storageKey(topic, '');
  const { getItem, setItem } = Storage.prototype;
  const refuse = (key: string) => {
    if (key.startsWith(prefix)) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Storage.prototype.getItem = function (this: Storage, key: string) {
    refuse(key);
    return getItem.call(this, key);
  };
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    refuse(key);
    setItem.call(this, key, value);
  };
  return () => Object.assign(Storage.prototype, { getItem, setItem });
}

/**
 * With `persist` where the browser's storage throws (site data blocked, or storage full): the note
 * says the ticks cannot be saved and will go when the reader leaves the page.
 */
export const TicksNotSaved: Story = {
  args: { persist: true, topic: 'lower-back-pain', checked: ['stay-active'] },
  beforeEach: () => refuseStorage('lower-back-pain'),
};

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
              why: 'Sitting still for a long time may make your back stiff.',
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
export const DarkTheme: Story = { args: { checked: ['posture', 'core'] }, globals: { theme: 'dark' } };

/** A publisher's brand through `--hw-…` custom properties only. */
export const BrandTheme: Story = { args: { checked: ['warm-up'] }, globals: { theme: 'brand' } };

/**
 * On a right-to-left page, the bundled English checklist still reads left to right: each widget
 * takes its direction from its content, not the page. With right-to-left content its boxes sit
 * on the right.
 */
export const RightToLeft: Story = { args: { checked: ['posture'] }, globals: { dir: 'rtl' } };

/** In Welsh, from `lang="cy"` on an ancestor alone: every UI word from the Welsh pack. */
export const Welsh: Story = { globals: { locale: 'cy' }, args: { checked: ['posture'] } };

/** In Spanish, from `lang="es"` on an ancestor alone. */
export const Spanish: Story = { globals: { locale: 'es' }, args: { checked: ['posture'] } };

/** In US English, from `lang="en-US"`: checks rather than ticks. */
export const UnitedStatesEnglish: Story = {
  globals: { locale: 'en-US' },
  args: { checked: ['posture'] },
};

/** In UK English, the default: `lang="en-GB"`, `en` or any language without a pack. */
export const BritishEnglish: Story = { globals: { locale: 'en-GB' }, args: { checked: ['posture'] } };
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
