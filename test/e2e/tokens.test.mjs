// dist/tokens.json, the DTCG tokens file for design tools, says what the elements' CSS does:
// every `--hw-…` property the CSS reads is there (or listed as inherited from the page), with the
// default the CSS falls back to, in light and in dark. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support.mjs';

const tokens = JSON.parse(readFileSync(join(ROOT, 'dist/tokens.json'), 'utf8'));
const css = readdirSync(join(ROOT, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(ROOT, 'src', file), 'utf8'))
  .join('\n');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const EXTENSION = 'org.health-widgets';

/** Every token in the tree, by its path. */
function leaves(group, path = []) {
  return Object.entries(group).flatMap(([key, value]) =>
    key.startsWith('$')
      ? []
      : '$value' in value
        ? [[[...path, key].join('.'), value]]
        : leaves(value, [...path, key]),
  );
}
const all = leaves(tokens);
const byProperty = new Map(
  all.map(([path, token]) => [token.$extensions[EXTENSION].cssProperty, { path, token }]),
);
const inherited = tokens.$extensions[EXTENSION].inherited;

test('every --hw- property the CSS reads is a token or inherited, and every token is read', () => {
  const read = new Set([...css.matchAll(/var\((--hw-[\w-]+)/g)].map((match) => match[1]));
  assert.deepEqual([...read].sort(), [...byProperty.keys(), ...inherited].sort());
  const documented = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((item) =>
      (item.cssProperties ?? []).map((property) => property.name),
    ),
  );
  assert.deepEqual([...new Set(documented)].sort(), [...read].sort());
});

test('each token holds the default the CSS falls back to, wherever the CSS reads it', () => {
  for (const [property, { path, token }] of byProperty) {
    const { css: fallback, dark } = token.$extensions[EXTENSION];
    const uses = css.split(`var(${property},`).slice(1);
    assert.ok(uses.length > 0, property);
    for (const use of uses)
      assert.ok(use.trimStart().startsWith(fallback), `${property}: ${use.slice(0, 40)}`);
    const colours = [...fallback.matchAll(/#[0-9a-f]{6}/gi)].map((match) => match[0].toLowerCase());
    if (token.$type === 'color' && typeof token.$value === 'object') {
      if (fallback === 'transparent') assert.equal(token.$value.alpha, 0, path);
      else assert.equal(token.$value.hex, colours[0], path);
      assert.equal(dark?.hex, colours[1], `${path} in dark`);
    }
    if (token.$type === 'number') assert.equal(String(token.$value), fallback, path);
    if (token.$type === 'dimension')
      assert.equal(`${token.$value.value}${token.$value.unit}`, fallback, path);
    if (typeof token.$value === 'string') {
      // An alias names the token whose private shorthand the CSS falls back to.
      const target = all.find(([other]) => `{${other}}` === token.$value)?.[1];
      const shorthand = fallback.match(/^var\((--_[\w-]+)\)$/)?.[1];
      assert.ok(target && shorthand, `${path}: ${token.$value}`);
      assert.match(css, new RegExp(`${shorthand}:\\s*var\\(${target.$extensions[EXTENSION].cssProperty},`));
    }
  }
});

test('inherited properties fall back to the page: no fallback, so an unset token inherits', () => {
  assert.deepEqual(inherited.toSorted(), [
    '--hw-color-muted',
    '--hw-color-text',
    '--hw-font-family',
    '--hw-font-size',
  ]);
  for (const property of inherited) {
    assert.match(css, new RegExp(`var\\(${property}\\)`));
    assert.doesNotMatch(css, new RegExp(`var\\(${property},`));
  }
});
