// Writes dist/tokens.json: the `--hw-…` custom properties as design tokens in the Design Tokens
// Community Group format (DTCG 2025.10), for design tools. Names and descriptions come from
// custom-elements.json, defaults from the fallbacks in the elements' CSS, so neither can drift.
// A property whose default is the page's own (`inherit`) has no value of its own to export: it
// is listed under `$extensions` instead. test/e2e/tokens.test.mjs checks the file against the CSS.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXTENSION = 'org.health-widgets';

/**
 * Every `var(--name, fallback)` in a stylesheet, with nested parentheses kept whole. A public
 * token with no fallback (`var(--hw-font-size)`) leaves an inherited property inherited: its
 * default is the page's, `inherit`.
 */
export function fallbacks(css) {
  const found = [];
  for (const match of css.matchAll(/var\(\s*(--hw-[\w-]+)\s*\)/g))
    found.push({ name: match[1], fallback: 'inherit' });
  for (const match of css.matchAll(/var\(\s*(--[\w-]+)\s*,/g)) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    while (depth > 0 && index < css.length) {
      if (css[index] === '(') depth++;
      if (css[index] === ')') depth--;
      index++;
    }
    found.push({ name: match[1], fallback: css.slice(start, index - 1).trim() });
  }
  return found;
}

/** The elements' stylesheets. */
export function stylesheets() {
  return readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join('src', file), 'utf8'));
}

/** The documented `--hw-…` properties, each once, with its description. */
export function documented(manifest) {
  const properties = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        if (property.name.startsWith('--hw-')) properties.set(property.name, property.description ?? '');
      }
    }
  }
  return properties;
}

/** A DTCG colour from `#rrggbb`; `transparent` is black with no opacity. */
function color(value) {
  if (value === 'transparent') return { colorSpace: 'srgb', components: [0, 0, 0], alpha: 0, hex: '#000000' };
  const hex = value.match(/^#([0-9a-f]{6})$/i)?.[1];
  if (!hex) throw new Error(`not a colour this script reads: ${value}`);
  const components = [0, 2, 4].map(
    (at) => Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 1e4) / 1e4,
  );
  return { colorSpace: 'srgb', components, hex: `#${hex.toLowerCase()}` };
}

/** Where a property sits in the token tree: `--hw-color-accent` is `hw.color.accent`. */
export const tokenPath = (name) => {
  const rest = name.slice('--hw-'.length);
  return rest.startsWith('color-') ? ['hw', 'color', rest.slice('color-'.length)] : ['hw', rest];
};

/** The token for one property and its CSS fallback, or undefined for a default that is inherited. */
function token(name, fallback, description, privateNames) {
  const css = { cssProperty: name, css: fallback };
  const ofType = ($type, $value, extra = {}) => ({
    $type,
    $value,
    $description: description,
    $extensions: { [EXTENSION]: { ...css, ...extra } },
  });
  if (fallback === 'inherit') return undefined;
  const lightDark = fallback.match(/^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/);
  if (lightDark) return ofType('color', color(lightDark[1]), { dark: color(lightDark[2]) });
  // A private shorthand for another token (`var(--_accent)`) is an alias of that token.
  const alias = fallback.match(/^var\((--_[\w-]+)\)$/)?.[1];
  if (alias) return ofType('color', `{${tokenPath(privateNames.get(alias)).join('.')}}`);
  if (name.startsWith('--hw-color-')) return ofType('color', color(fallback));
  if (/^\d+(\.\d+)?$/.test(fallback)) return ofType('number', Number(fallback));
  const dimension = fallback.match(/^(\d+(?:\.\d+)?)(rem|px|em)$/);
  if (dimension) return ofType('dimension', { value: Number(dimension[1]), unit: dimension[2] });
  throw new Error(`${name}: no token type for its default ${fallback}`);
}

export function buildTokens(manifest, sheets) {
  const properties = documented(manifest);
  const all = sheets.flatMap(fallbacks);
  // `--_accent: var(--hw-color-accent, …)` makes `--_accent` a shorthand for that token.
  const privateNames = new Map();
  for (const sheet of sheets) {
    for (const match of sheet.matchAll(/(--_[\w-]+)\s*:\s*var\((--hw-[\w-]+)/g))
      privateNames.set(match[1], match[2]);
  }
  const tokens = {
    $description:
      'Design tokens of health-widgets: the --hw- custom properties and their defaults. Generated from the elements’ CSS.',
  };
  const inherited = [];
  for (const [name, description] of properties) {
    const uses = all.filter((use) => use.name === name);
    if (!uses.length) throw new Error(`${name} is documented but no stylesheet uses it`);
    const fallback = uses[0].fallback;
    const value = token(name, fallback, description, privateNames);
    if (!value) {
      inherited.push(name);
      continue;
    }
    let group = tokens;
    const path = tokenPath(name);
    for (const key of path.slice(0, -1)) group = group[key] ??= {};
    group[path.at(-1)] = value;
  }
  tokens.$extensions = { [EXTENSION]: { inherited } };
  return tokens;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('dist/tokens.json', `${JSON.stringify(buildTokens(manifest, stylesheets()), null, 2)}\n`);
}
