/**
 * Controls for an element's stories, generated from custom-elements.json: its attributes,
 * properties, `--hw-…` custom properties and parts, with a template that binds them and logs
 * every event it fires to the Actions panel. `topic` is a choice of the bundled topics.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { DEFAULT_TOPIC } from '../src/content/topics.js';

// The manifest is set before the stories load: by .storybook/preview.ts, and by the story tests.

export function controlsFor<T>(tag: string, topics: Record<string, unknown>) {
  const { args, argTypes, template } = getStorybookHelpers<T>(tag);
  // A control that is reset, or set to nothing, drops its arg rather than passing `undefined`;
  // the helper then leaves the property as it was, since `checked` and `open` give a new array
  // each read. So the properties that start unset are always passed, unset unless a control sets
  // them.
  const unset = Object.fromEntries(
    ['content', 'checked', 'open'].filter((name) => name in argTypes).map((name) => [name, undefined]),
  );
  return {
    // Object properties start unset: an empty string would be taken as content, and fail. Only
    // the elements that have `checked` or `open` get them: an arg the element lacks becomes a
    // stray control.
    args: { ...args, topic: DEFAULT_TOPIC, ...unset },
    argTypes: {
      ...argTypes,
      topic: { ...argTypes.topic, control: 'select', options: Object.keys(topics) },
      content: { ...argTypes.content, control: 'object' },
    } as ArgTypes,
    template: (storyArgs: Record<string, unknown>) =>
      template({ ...unset, ...storyArgs } as Parameters<typeof template>[0]),
  };
}
