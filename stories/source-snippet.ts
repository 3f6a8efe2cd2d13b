import type { ArgTypes } from '@storybook/web-components-vite';

/** What "Show code" knows of the story it shows. */
export interface SnippetContext {
  component?: string;
  args: Record<string, unknown>;
  argTypes: ArgTypes;
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.keys(value).length;

/**
 * "Show code" gives the story's markup, which holds only attributes: what the story sets as a
 * property (`content`, `checked`, `strings`, `open`) is missing, so a copied snippet would show the
 * element in its first state. This adds a script that sets each of them, as a page would.
 */
export function withProperties(code: string, { component, args, argTypes }: SnippetContext): string {
  const set = Object.entries(args).filter(
    ([name, value]) =>
      argTypes[name]?.table?.category === 'properties' && value !== undefined && !isEmptyObject(value),
  );
  const opening = `  const widget = document.querySelector('${component}');`;
  // Storybook may pass code through this twice (as it renders, and in the docs' code block).
  if (!component || !set.length || code.includes(opening)) return code;
  const lines = set.map(
    ([name, value]) => `  widget.${name} = ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')};`,
  );
  return [code.trimEnd(), '<script type="module">', opening, ...lines, '</script>'].join('\n');
}
