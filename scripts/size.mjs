// Measures the package as a consumer's bundler sees it, and fails above budget. For each element,
// rollup bundles the built `dist/<name>.js` with Lit and valibot from node_modules, and terser
// minifies it as a production build would; sizes are gzip level 9. A kB is 1,000 bytes.
// - Before first render: the entry and every chunk it imports statically (Lit, the shared core,
//   the element's topic content), within 11.5 kB. Lit counts in full for each element, although
//   a page with several widgets loads it once.
// - The validator (valibot and the content schemas), which an element imports only for content
//   from outside the package, on its own: within 3.5 kB.
// - The language layer (choosing and loading packs, plural rules, numbers and dates through
//   `Intl`), which loads only on a page in a language other than English (UK): within 2 kB. Each
//   language pack other than English (UK), which loads only on a page in that language: within
//   1.5 kB. English costs neither: before first render, an element carries only what notices the
//   language (the nearest `lang`, and the observer that follows it).
// - Each bundled topic other than the default one, which loads only on a page that shows it: its
//   own file within 3.5 kB; and the catalogue that finds it, with what back topics share (the
//   warning signs) when the element's first render does not already hold it, within 3.5 kB. These are lazy
//   chunks an element needs to render only for another topic, so they are rows of their own; the
//   default topic is inline, so its content counts before first render. Any other lazy chunk
//   still counts towards first render.
// - The FAQ's JSON-LD writer, which loads only for an accordion with `structured-data`: within
//   1.5 kB. So does the checklist's storage code, which loads only for a checklist with `persist`.
// - The reader of what a page gives an element (content from the `content` property or inline
//   JSON, a `data-strings` block), which loads only for an element given one: within 1.5 kB.
// - The hydrate support (`health-widgets/hydrate`), which only pages with pre-rendered widgets
//   import: what it adds to an element's bundle, within 3 kB. Beside the CDN file, the hydrate
//   support serves all four elements (the checker's care card among it): within 3.5 kB.
// - The CDN file, all four elements with the default topic: within 21 kB. Beside it, loaded only
//   when a page needs them: the validator, the language layer and each pack, each other topic and, on a page with
//   pre-rendered widgets, the hydrate support (within their budgets).
// `--write` puts the table into README.md between the size-table markers.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { rollup } from 'rollup';
import { terserOptions } from './build-options.mjs';
import { cdnFile, elements } from './entries.mjs';
import { loadedBeforeRender } from './first-load.mjs';

const BUDGET = {
  firstRender: 11_500,
  validator: 3_500,
  cdnValidator: 4_000,
  languageLayer: 2_000,
  pack: 1_500,
  jsonLd: 1_500,
  store: 1_500,
  outside: 1_500,
  topic: 3_500,
  catalogue: 3_500,
  hydrate: 3_000,
  cdnHydrate: 3_500,
  cdn: 21_000,
};
// Over budget, and known: since content version 2 (21 warning signs, each source cited, the FAQ's
// "when to get help" built from them) and loading other topics on demand, these entries are over
// 11.5 kB. Each is held at a ceiling just above its size today, so it cannot grow while it is
// brought back under budget; the README table shows both. Remove an entry here once it fits its
// budget. No entry grows with the number of topics (test/e2e/topic-size.test.mjs). Two ceilings
// rose for fixes a reader needs: the FAQ's by 30 bytes (its questions say they are unavailable
// until the script runs; content version 4 sends readers to A&E too, and to a doctor about leg
// pain on walking), the checklist's by 10 (another topic starts without the last one's ticks);
// then both by 30 bytes, since UI strings set as a property are checked as a `data-strings` block
// is, so that a `callNumber` override cannot take the emergency number off the page (the
// checklist's 30 also hide its progress until the script runs, when it would not follow the boxes);
// then the FAQ's by 15, since a link to a question moves focus to it (WCAG 2.4.3), and the
// checklist's by 5 for 3 bytes its shared code gained from the changes around it; then the
// checklist's by 60, since copies with `persist` on one page keep the same ticks instead of
// overwriting each other's; then the FAQ's by 80, for two template instances a question
// instead of four (a template for each level its heading can take), which renders long FAQs
// faster and makes their pre-rendered HTML smaller; then the FAQ's by 25 and the checker's by
// 15, so that a question's keys with Ctrl, Alt, Shift or Meta stay the browser's, and a sign's
// source whose address is a home page links the publisher's name, not the title of a document
// it does not open; then the FAQ's and the checklist's by 25 and the checker's by 5, since a
// boolean attribute whose value is "false" (a framework's bound `false`) is off, so that
// `persist="false"` stores nothing. The checklist's then came down by 0.20 kB, when its storage
// code began to load only for a checklist with `persist`; then all three rose by 0.09 kB, so that
// a widget the page moves into another document (an iframe, a picture-in-picture window) renders
// styled instead of throwing and staying blank; then all three by 0.02 to 0.03 kB, so that each
// reads in its content's direction, or its own `dir`, not the page's (English content on a
// right-to-left page keeps its punctuation in place); then all three by about 0.02 kB, so that
// words the page gives are marked with its language; then the FAQ's by 0.135 kB, the checker's by
// 0.105 kB and the checklist's by 0.025 kB for content version 5 (CONTENT-CHANGELOG.md), from a
// content-safety review: signs no narrower than their sources, and an FAQ that agrees; then the
// FAQ's by 5 bytes, so that a page's `white-space: nowrap` cannot run text out of a card; then the
// checklist's by 5, for the new name (hash) of its storage code's file, which it imports by name;
// then the FAQ's by 5, as inline JSON whose type has a charset is read, and its lazy files' names;
// then the FAQ's by 5 more, as inline JSON a CMS wrapped in a paragraph is read too. Private class
// fields (`#`), which the minifier shortens, then took about 0.03 kB off the FAQ and 0.02 kB off
// the checker and the checklist, and both of those ceilings came down by 0.015 kB; the FAQ's rose
// by 0.01 kB net, since an exclusive FAQ keeps the question a reader opens on screen, Show all
// says its state, and the FAQ's footer cites NICE NG59, which its answers draw on. Then the FAQ's
// by 0.01 kB, from an accessibility audit: the opened question is kept in view as it renders, not
// a frame later (with `structured-data`, only once the JSON-LD writer had loaded), with room for
// its focus ring; and the checker's by 0.005 kB, so that Firefox reads its outcome headings with a
// space between the tier and the title, and a long tier name wraps at 320 px. One wrapping rule on
// the card, in place of one for each thing that sizes to its longest word, then took 0.01 to
// 0.02 kB off each, and the ceilings came down with it.
const CEILING = {
  'faq-accordion': 14_345,
  'red-flag-checker': 14_480,
  'prevention-checklist': 11_865,
};
const README = 'README.md';
const START = '<!-- size-table -->';
const END = '<!-- /size-table -->';

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

async function requireBuilt(file) {
  const code = await readFile(file, 'utf8').catch(() => null);
  if (code === null) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  return code;
}

// The built pack chunks are named after their locale (`shared/cy-<hash>.js`).
const LOCALES = (await readdir('src/i18n/packs')).map((file) => basename(file, '.ts'));
const packOf = (chunk) =>
  LOCALES.find((locale) =>
    Object.keys(chunk.modules).some((id) => new RegExp(`[\\\\/]${locale}-[\\w-]+\\.js$`).test(id)),
  );

// The built topic chunks are named after their topic (`shared/sciatica-<hash>.js`: its content,
// and a file per widget that picks it out); the loaders that find them after their kind
// (`shared/load-faq-<hash>.js`), beside the catalogue (`shared/catalogue-<hash>.js`).
const TOPICS = (await readdir('src/content/topics'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'));
const named = (chunk, names) =>
  names.find((name) =>
    Object.keys(chunk.modules).some((id) => new RegExp(`[\\\\/]${name}-[\\w-]+\\.js$`).test(id)),
  );

/**
 * Bundles one built entry; returns the gzipped bytes loaded before first render, of the
 * validator, and of each language pack, both loaded on demand.
 */
async function measure(file) {
  const build = await rollup({ input: file, plugins: [nodeResolve(), terser(terserOptions)] });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(
    output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );

  // What the browser fetches before the element can render: the entry and its static imports.
  const initial = loadedBeforeRender(
    [...chunks.values()].find((chunk) => chunk.isEntry).fileName,
    (fileName) => chunks.get(fileName).imports,
  );

  // A lazy chunk with valibot in it is the validator, one named after a locale is its pack, one
  // named after a topic is that topic (loaded only for it), and the catalogue finds topics; any
  // other lazy chunk would be needed to render, so it counts towards first render.
  let firstRender = 0;
  let validator = 0;
  let catalogue = 0;
  let stringsReader = 0;
  let jsonLd = 0;
  let store = 0;
  let outside = 0;
  let languageLayer = 0;
  const packs = new Map();
  const topics = new Map();
  for (const chunk of chunks.values()) {
    const bytes = gzipSize(chunk.code);
    const isValidator = Object.keys(chunk.modules).some((id) =>
      /[\\/]node_modules[\\/]valibot[\\/]/.test(id),
    );
    const pack = packOf(chunk);
    const topic = named(chunk, TOPICS);
    const isCatalogue = named(chunk, [
      'catalogue',
      'load',
      'shared-content',
      'back-red-flags',
      'back-sources',
    ]);
    // The reader of strings given in markup loads only for an element that has a strings block.
    const isStringsReader = named(chunk, ['html-strings']);
    // So does the language layer, only for a language other than English (UK).
    const isLanguageLayer = named(chunk, ['locales']);
    // The FAQ's JSON-LD writer loads only for an accordion with `structured-data`.
    const isJsonLd = named(chunk, ['json-ld']);
    // The checklist's storage code loads only for a checklist with `persist`.
    const isStore = named(chunk, ['browser-store']);
    // So does the reader of what the page gives, only for an element that is given something.
    const isOutside = named(chunk, ['outside-content']);
    if (
      initial.has(chunk.fileName) ||
      !(
        isValidator ||
        pack ||
        topic ||
        isCatalogue ||
        isStringsReader ||
        isLanguageLayer ||
        isJsonLd ||
        isStore ||
        isOutside
      )
    )
      firstRender += bytes;
    else if (isStringsReader) stringsReader = bytes;
    else if (isOutside) outside = bytes;
    else if (isLanguageLayer) languageLayer = bytes;
    else if (isJsonLd) jsonLd = bytes;
    else if (isStore) store = bytes;
    else if (pack) packs.set(pack, bytes);
    else if (topic) topics.set(topic, (topics.get(topic) ?? 0) + bytes);
    else if (isCatalogue) catalogue += bytes;
    else validator += bytes;
  }
  return {
    firstRender,
    validator,
    packs,
    topics,
    catalogue,
    stringsReader,
    languageLayer,
    jsonLd,
    store,
    outside,
  };
}

const rows = [];
// Every element loads the same packs and topics: each is listed once, at its largest.
const packs = new Map();
const topics = new Map();
let catalogue = 0;
let stringsReader = 0;
let outside = 0;
let languageLayer = 0;
for (const name of elements) {
  const file = `dist/${name}.js`;
  await requireBuilt(file);
  const {
    firstRender,
    validator,
    packs: its,
    topics: itsTopics,
    catalogue: itsCatalogue,
    stringsReader: itsStringsReader,
    languageLayer: itsLanguageLayer,
    jsonLd,
    store,
    outside: itsOutside,
  } = await measure(file);
  // The reader must stay a file of its own: imported statically, it would be in every first render.
  if (!itsStringsReader) {
    console.error(`hw-${name}: the reader of data-strings blocks is no longer loaded on demand.`);
    process.exit(1);
  }
  // The language layer too: imported statically, every English page would pay for it.
  if (!itsLanguageLayer) {
    console.error(
      `hw-${name}: the language layer is no longer loaded on demand, so English pages pay for it.`,
    );
    process.exit(1);
  }
  // And the reader of what the page gives: imported statically, every element would pay for it.
  if (!itsOutside) {
    console.error(`hw-${name}: the reader of what the page gives is no longer loaded on demand.`);
    process.exit(1);
  }
  outside = Math.max(outside, itsOutside);
  stringsReader = Math.max(stringsReader, itsStringsReader);
  languageLayer = Math.max(languageLayer, itsLanguageLayer);
  for (const [locale, bytes] of its) packs.set(locale, Math.max(bytes, packs.get(locale) ?? 0));
  for (const [topic, bytes] of itsTopics) topics.set(topic, Math.max(bytes, topics.get(topic) ?? 0));
  catalogue = Math.max(catalogue, itsCatalogue);
  rows.push({
    what: `\`hw-${name}\`: before first render, with Lit and content`,
    bytes: firstRender,
    budget: BUDGET.firstRender,
    ceiling: CEILING[name],
  });
  rows.push({
    what: `\`hw-${name}\`: validator, loaded on demand`,
    bytes: validator,
    budget: BUDGET.validator,
  });
  // The FAQ's JSON-LD writer must stay a file of its own too.
  if (name === 'faq-accordion' && !jsonLd) {
    console.error(`hw-${name}: the JSON-LD writer is no longer loaded on demand.`);
    process.exit(1);
  }
  if (jsonLd) {
    rows.push({
      what: `\`hw-${name}\`: JSON-LD writer, loaded for \`structured-data\` only`,
      bytes: jsonLd,
      budget: BUDGET.jsonLd,
    });
  }
  // And the checklist's storage code: imported statically, every checklist would carry it.
  if (name === 'prevention-checklist' && !store) {
    console.error(`hw-${name}: the storage code is no longer loaded on demand.`);
    process.exit(1);
  }
  if (store) {
    rows.push({
      what: `\`hw-${name}\`: storage code, loaded for \`persist\` only`,
      bytes: store,
      budget: BUDGET.store,
    });
  }
}
// The hydrate support beside an element: rollup splits what both share (Lit, the shared core)
// into a chunk of its own, so the hydrate entry's chunk is what it adds.
{
  await requireBuilt('dist/hydrate.js');
  const build = await rollup({
    input: ['dist/hydrate.js', `dist/${elements[0]}.js`],
    plugins: [nodeResolve(), terser(terserOptions)],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const hydrate = output.find((item) => item.type === 'chunk' && item.isEntry && item.name === 'hydrate');
  rows.push({
    what: '`health-widgets/hydrate`: added to an element, for pre-rendered widgets only',
    bytes: gzipSize(hydrate.code),
    budget: BUDGET.hydrate,
  });
}
rows.push({
  what: 'language layer, loaded for a language other than English (UK)',
  bytes: languageLayer,
  budget: BUDGET.languageLayer,
});
for (const [locale, bytes] of packs) {
  rows.push({ what: `language pack \`${locale}\`, loaded on demand`, bytes, budget: BUDGET.pack });
}
rows.push({
  what: 'content or strings given by the page: their reader, loaded on demand',
  bytes: outside,
  budget: BUDGET.outside,
});
rows.push({
  what: 'strings given in markup (`data-strings`), read on demand',
  bytes: stringsReader,
  budget: BUDGET.pack,
});
for (const [topic, bytes] of topics) {
  rows.push({ what: `topic \`${topic}\`, loaded on demand`, bytes, budget: BUDGET.topic });
}
if (catalogue) {
  rows.push({
    what: 'topic catalogue and shared warning signs, loaded for a topic other than the default',
    bytes: catalogue,
    budget: BUDGET.catalogue,
  });
}
rows.push({
  what: `\`${cdnFile}\`: all four elements and the default topic`,
  bytes: gzipSize(await requireBuilt(cdnFile)),
  budget: BUDGET.cdn,
});
// A topic's files beside the CDN file share its name; their source maps say which widget each
// holds, so that every row of the table says what it is.
const PARTS = {
  faq: 'FAQ',
  'red-flags': 'red-flag checker',
  checklist: 'checklist',
  anatomy: 'anatomy table',
  signs: 'what its widgets share',
};
async function topicPart(file) {
  const map = await readFile(`${dirname(cdnFile)}/${file}.map`, 'utf8').catch(() => null);
  const source = map && JSON.parse(map).sources.find((path) => /topics\/[\w-]+\/[\w-]+\.ts$/.test(path));
  if (!source) return '';
  const [, topic, part] = /topics\/([\w-]+)\/([\w-]+)\.ts$/.exec(source);
  return ` \`${topic}\`, ${PARTS[part] ?? part},`;
}
// What each file beside the CDN file is, by its name: the first pattern that matches gives the
// row's words and the budget. The files that find and load topics other than the default share a
// budget; each row says which part it is.
const BESIDE_CDN = [
  [/-validator-/, 'validator', BUDGET.cdnValidator],
  [
    // Lazy up to the hash, which may hold a hyphen itself (`load-checklist--VOd-3Nz.js`).
    /-load-([a-z-]+?)-[\w-]{8}\.js$/,
    (file, [, part]) => `loader of other topics' ${PARTS[part] ?? part} files`,
    BUDGET.catalogue,
  ],
  [/-citing-/, 'sources and notes other topics cite', BUDGET.catalogue],
  [/-catalogue-/, 'topic catalogue', BUDGET.catalogue],
  [
    new RegExp(`^${basename(cdnFile, '.js')}-(${TOPICS.join('|')})-|-signs-`),
    async (file) => `topic${await topicPart(file)}`,
    BUDGET.topic,
  ],
  [/-cdn-hydrate-/, 'hydrate support, for pre-rendered widgets only,', BUDGET.cdnHydrate],
  [/-html-strings-/, 'reader of strings given in markup', BUDGET.pack],
  [/-outside-content-/, 'reader of what the page gives', BUDGET.outside],
  [/-locales-/, 'language layer', BUDGET.languageLayer],
  [/-json-ld-/, 'FAQ JSON-LD writer, for structured-data only,', BUDGET.jsonLd],
  [/-browser-store-/, 'checklist storage code, for persist only,', BUDGET.store],
  [/./, 'language pack', BUDGET.pack],
];
const besideCdn = [];
for (const file of await readdir(dirname(cdnFile))) {
  if (!file.endsWith('.js') || file === basename(cdnFile)) continue;
  const [pattern, words, budget] = BESIDE_CDN.find(([pattern]) => pattern.test(file));
  const what = typeof words === 'string' ? words : await words(file, pattern.exec(file));
  besideCdn.push({
    // The hash changes with the file's content; the table names the file without it.
    what: `\`${dirname(cdnFile)}/${file.replace(/-[\w-]{8}\.js$/, '-[hash].js')}\`: ${what} beside it`,
    bytes: gzipSize(await readFile(`${dirname(cdnFile)}/${file}`, 'utf8')),
    budget,
  });
}
rows.push(...besideCdn.sort((a, b) => a.what.localeCompare(b.what)));

const table = [
  '| min+gzip | size | budget |',
  '| --- | --: | --: |',
  ...rows.map(
    (row) =>
      `| ${row.what} | ${kB(row.bytes)} | ${kB(row.budget)}${row.ceiling ? ` (over; held at ${kB(row.ceiling)})` : ''} |`,
  ),
].join('\n');

const width = Math.max(...rows.map((row) => row.what.length));
for (const row of rows) {
  const over =
    row.bytes > (row.ceiling ?? row.budget)
      ? '  OVER BUDGET'
      : row.bytes > row.budget
        ? `  over budget, held at ${kB(row.ceiling)}`
        : '';
  console.log(
    `${row.what.replaceAll('`', '').padEnd(width)}  ${kB(row.bytes).padStart(8)}  of ${kB(row.budget).padStart(8)}${over}`,
  );
}

const readme = await readFile(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${README} has no ${START} ... ${END} block for the size table.`);
  process.exit(1);
}
const updated = await format(`${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`, {
  ...(await resolveConfig(README)),
  filepath: README,
});
if (updated !== readme) {
  if (process.argv.includes('--write')) {
    await writeFile(README, updated);
    console.log(`\nWrote the size table into ${README}.`);
  } else {
    console.warn(`\nThe size table in ${README} is out of date: run npm run size -- --write.`);
  }
}

const over = rows.filter((row) => row.bytes > (row.ceiling ?? row.budget)).length;
if (over) {
  console.error(`\n${over} over budget.`);
  process.exit(1);
}
