/**
 * Each element's docs page: the manifest's description, the first story with its controls, then
 * the element's usage guidance (the `usage` parameter, Markdown) and the other stories.
 */
import {
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';

export function DocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const usage = preparedMeta.parameters.usage as string | undefined;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(Controls),
    usage ? h(Markdown, null, usage) : null,
    h(Stories),
  );
}
