// Bytes per page do not depend on how many topics the package bundles: the package is built as it
// ships, and again with extra synthetic topics in the catalogue, and every element entry and the
// CDN file, with every file they import before first render, keep their size to the byte. The
// synthetic topics use the shared warning signs, as real ones do.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { rollup } from 'rollup';
import { cdnFile, elements } from '../../scripts/entries.mjs';
import { ROOT } from './support.mjs';

const EXTRA = 5;
const SIGNS = join(ROOT, 'src/content/topics/shared/back-red-flags.ts');
const NOTES = join(ROOT, 'src/content/topics/shared/back-sign-notes.ts');

/** One widget's content of a synthetic topic, as a module of its own, as loaders/ expect. */
function syntheticContent(kind, n) {
  const meta = {
    id: `synthetic-${n}`,
    title: `Synthetic topic ${n}`,
    lang: 'en-GB',
    version: '1',
    review: { lastReviewed: '2026-01-01', nextReview: '2027-01-01', checkedBy: 'nobody', sources: [] },
  };
  const words = `Words of synthetic topic ${n}, long enough to weigh something. `.repeat(40);
  if (kind === 'faq')
    return `export const content = ${JSON.stringify({ meta, heading: `FAQ ${n}`, items: [{ id: 'a', question: 'Q?', answer: words }] })};`;
  if (kind === 'checklist')
    return `export const content = ${JSON.stringify({ meta, heading: `Habits ${n}`, groups: [{ id: 'g', label: words, items: [{ id: 'i', title: words }] }] })};`;
  return `import { backSignGroups } from ${JSON.stringify(SIGNS)};
import { withNotes } from ${JSON.stringify(NOTES)};
export const content = { ...${JSON.stringify({ meta, heading: `Signs ${n}`, intro: words, outcomes: {} })}, groups: withNotes(backSignGroups()) };`;
}

const KINDS = { faq: 'faq', redFlags: 'red-flags', checklist: 'checklist' };

/** Adds the synthetic topics to the catalogue and the loaders, after TypeScript made them JavaScript. */
const withSyntheticTopics = () => ({
  name: 'synthetic-topics',
  resolveId: (id) => (id.startsWith('synthetic-topic-') ? `\0${id}` : null),
  load(id) {
    const match = /^\0synthetic-topic-(\w+)-(\d+)$/.exec(id);
    return match ? syntheticContent(match[1], match[2]) : null;
  },
  transform(code, id) {
    const numbers = Array.from({ length: EXTRA }, (_, n) => n);
    let added = code;
    if (id.endsWith('/src/content/catalogue.ts')) {
      const entries = numbers.map((n) => `'synthetic-${n}': ${JSON.stringify(Object.keys(KINDS))},`);
      added = code.replace(/(const catalogue = \{)/, `$1\n${entries.join('\n')}`);
    }
    const loader = /\/src\/content\/loaders\/load-([\w-]+)\.ts$/.exec(id);
    const kind = loader && Object.keys(KINDS).find((key) => KINDS[key] === loader[1]);
    if (kind) {
      const entries = numbers.map((n) => `'synthetic-${n}': () => import('synthetic-topic-${kind}-${n}'),`);
      added = code.replace(/(loadTopic\(id, '\w+', \{)/, `$1\n${entries.join('\n')}`);
    }
    if (!id.endsWith('/src/content/catalogue.ts') && !kind) return null;
    assert.notEqual(added, code, `${id} took the synthetic topics`);
    return { code: added, map: null };
  },
});

const outputs = [];
after(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds the package as rollup.config.mjs does, into a new folder; resolves to that folder. */
async function build(extra) {
  const dir = mkdtempSync(join(tmpdir(), 'hw-topics-'));
  outputs.push(dir);
  // A fresh copy of the config for each build, so no plugin carries state from another.
  const { default: configs } = await import(`../../rollup.config.mjs?${outputs.length}`);
  for (const config of configs) {
    const bundle = await rollup({
      ...config,
      plugins: [...config.plugins, ...(extra ? [withSyntheticTopics()] : [])],
      onwarn: () => {},
    });
    const out = join(dir, relative(join(ROOT, 'dist'), join(ROOT, config.output.dir)));
    await bundle.write({ ...config.output, dir: out, sourcemap: false });
    await bundle.close();
  }
  return dir;
}

/** A file and every file it imports statically, by path under `dir`, with their sizes. */
function firstRender(dir, file, found = new Map()) {
  if (found.has(file)) return found;
  const code = readFileSync(join(dir, file), 'utf8');
  found.set(file, statSync(join(dir, file)).size);
  // Static imports only (`import … from './x.js'`, `import './x.js'`); import() is on demand.
  for (const [, path] of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g,
  ))
    firstRender(dir, join(dirname(file), path), found);
  return found;
}

const totalOf = (files) => [...files.values()].reduce((sum, size) => sum + size, 0);
const ENTRIES = [...elements.map((name) => `${name}.js`), relative('dist', cdnFile)];

describe('bytes per page, whatever the number of topics', { timeout: 600_000 }, () => {
  let plain;
  let more;

  test('the package builds as it ships, and with five more topics', async () => {
    plain = await build(false);
    more = await build(true);
    const count = (dir) => readdirSync(join(dir, 'cdn')).length;
    // The extra topics are really there: files of their own beside the CDN file.
    assert.ok(count(more) >= count(plain) + EXTRA, `${count(more)} files, from ${count(plain)}`);
  });

  for (const entry of ENTRIES) {
    test(`${entry} and what it loads before first render keep their size`, () => {
      const before = firstRender(plain, entry);
      const after = firstRender(more, entry);
      // An element entry imports the shared core and its share of the default topic.
      if (!entry.startsWith('cdn/')) assert.ok(before.size > 1, `${entry} imports ${[...before.keys()]}`);
      assert.equal(statSync(join(more, entry)).size, statSync(join(plain, entry)).size, entry);
      assert.deepEqual([...after.values()], [...before.values()], 'each file it imports');
      assert.equal(totalOf(after), totalOf(before));
    });
  }
});
