/**
 * The tokens page's table: every `--hw-…` property from custom-elements.json, with its default
 * from dist/tokens.json (generated from the elements' CSS) and a live swatch or sample that the
 * browser draws from that same CSS value, in light and in dark.
 */
import { createElement as h, type CSSProperties, type ReactNode } from 'react';
import manifest from '../custom-elements.json';
import tokens from '../dist/tokens.json';

interface Token {
  $type: string;
  $value: unknown;
  $extensions: { 'org.health-widgets': { cssProperty: string; css: string } };
}

/** Every token in the file, by the custom property it stands for. */
function byProperty(group: object, found = new Map<string, Token>()): Map<string, Token> {
  for (const [key, value] of Object.entries(group)) {
    if (key.startsWith('$') || typeof value !== 'object') continue;
    if ('$value' in value) found.set((value as Token).$extensions['org.health-widgets'].cssProperty, value);
    else byProperty(value, found);
  }
  return found;
}

const TOKENS = byProperty(tokens);
/** Each token by its alias reference, `{hw.color.accent}`. */
const ALIASES = new Map(
  [...TOKENS.values()].map((token) => {
    const path = token.$extensions['org.health-widgets'].cssProperty.slice('--hw-'.length);
    const reference = path.startsWith('color-') ? `hw.color.${path.slice('color-'.length)}` : `hw.${path}`;
    return [`{${reference}}`, token];
  }),
);

interface Manifest {
  modules: { declarations?: { cssProperties?: { name: string; description?: string }[] }[] }[];
}

/** The documented properties, each once, in the manifest's order. */
const PROPERTIES = [
  ...new Map(
    (manifest as Manifest).modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.cssProperties ?? [])
      .map((property) => [property.name, property.description ?? '']),
  ),
];

/** A sample drawn with the property's CSS default, so what it shows is what the CSS does. */
function sample(name: string, css: string): ReactNode {
  const value = `var(${name}, ${css})`;
  const box: CSSProperties = { display: 'inline-block', minWidth: '3rem', minHeight: '1.5rem' };
  if (name.startsWith('--hw-color-') && css === 'inherit')
    return h('span', { style: { color: value, fontWeight: 'bold' } }, 'Aa');
  if (name.startsWith('--hw-color-')) {
    const swatch = (scheme: 'light' | 'dark') =>
      h('span', {
        title: scheme,
        style: {
          ...box,
          colorScheme: scheme,
          background: value,
          border: '1px solid #767b84',
          marginInlineEnd: '0.5rem',
        },
      });
    return h('span', null, swatch('light'), swatch('dark'));
  }
  if (name === '--hw-radius')
    return h('span', { style: { ...box, border: '2px solid #767b84', borderRadius: value } });
  if (name === '--hw-space' || name === '--hw-margin-block')
    return h('span', { style: { ...box, minWidth: 0, width: value, background: '#767b84' } });
  // A reserved height is tens of em: drawn across, at a tenth of its length, so the rows compare.
  if (name.startsWith('--hw-reserve-'))
    return h('span', {
      title: 'a tenth of the height it keeps',
      style: { ...box, minWidth: 0, width: `calc(${value} / 10)`, background: '#767b84' },
    });
  if (name === '--hw-line-height')
    return h(
      'span',
      { style: { display: 'inline-block', lineHeight: value, maxWidth: '8rem' } },
      'Two lines of text in a sample',
    );
  return h(
    'span',
    { style: { fontSize: value, fontFamily: name === '--hw-font-family' ? value : undefined } },
    'Aa',
  );
}

export function TokenTable(): ReactNode {
  const cell = (content: ReactNode, header = false) =>
    h(header ? 'th' : 'td', { style: { textAlign: 'start' } }, content);
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['Custom property', 'What it sets', 'Default', 'Sample (light, dark)'].map((text) =>
          cell(text, true),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      ...PROPERTIES.map(([name, description]) => {
        const token = TOKENS.get(name);
        const css = token?.$extensions['org.health-widgets'].css ?? 'inherit';
        // An alias (`{hw.color.accent}`) is drawn with the default of the token it names.
        const alias = typeof token?.$value === 'string' ? ALIASES.get(token.$value) : undefined;
        return h(
          'tr',
          { key: name },
          cell(h('code', null, name)),
          cell(description),
          cell(
            alias
              ? h(
                  'span',
                  null,
                  'the value of ',
                  h('code', null, alias.$extensions['org.health-widgets'].cssProperty),
                )
              : token
                ? h('code', null, css)
                : 'the page’s own (inherit)',
          ),
          cell(sample(name, alias ? alias.$extensions['org.health-widgets'].css : css)),
        );
      }),
    ),
  );
}
