// Prints min+gzip sizes and fails above budget.
// - Each element entry, bundled alone with Lit and its share of content, must stay within 9 kB.
//   The validator for content from outside the package loads on demand, so it is measured and
//   budgeted on its own: 3.5 kB, since rich text (FAQ answers, red-flag outcomes) needs valibot's
//   unions, about 0.5 kB more than plain-text content.
// - Each language pack other than English (UK) loads on demand too, only on a page in that
//   language, within 1.5 kB; English costs the packs nothing.
// - The CDN file, all four elements, all content and the validator inlined, within 21 kB; its
//   language packs are files beside it, loaded on demand.
// A kB here is 1,000 bytes.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { terserOptions } from '../rollup.config.mjs';
import { litCssModules } from './css-modules.mjs';
import { cdnFile, elements } from './entries.mjs';
import { collapseTemplateWhitespace } from './template-whitespace.mjs';

// The validator's budget fits rich text (unions of paragraphs, lists and links: the FAQ's is about
// 3.1 kB) and nested groups with cross-checks (red flags), not only a flat table (about 2.6 kB).
const BUDGET = { element: 11500, validator: 3500, pack: 1500, cdn: 21000 };

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

async function bundle(input) {
  const build = await rollup({
    input,
    // A module shared by the element and its validator (the care tiers, say) then stays in the
    // entry, which the validator imports from, instead of turning the entry into a facade.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      litCssModules(),
      nodeResolve(),
      typescript({
        tsconfig: './tsconfig.json',
        compilerOptions: { noEmit: false, declaration: false },
        include: ['src/**/*.ts'],
        exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
      }),
      terser(terserOptions),
      collapseTemplateWhitespace(),
    ],
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.filter((chunk) => chunk.type === 'chunk');
}

const rows = [];
for (const name of elements) {
  const chunks = await bundle(`src/components/${name}/${name}.ts`);
  const entry = chunks.find((chunk) => chunk.isEntry);
  const lazy = chunks.filter((chunk) => !chunk.isEntry);
  rows.push({
    what: `${name} (entry, with Lit and content)`,
    bytes: gzipSize(entry.code),
    budget: BUDGET.element,
  });
  for (const chunk of lazy) {
    const pack = Object.keys(chunk.modules).find((id) => id.includes('/i18n/packs/'));
    rows.push({
      what: pack
        ? `${name} (language pack ${basename(pack, '.ts')}, loaded on demand)`
        : `${name} (validator, loaded on demand)`,
      bytes: gzipSize(chunk.code),
      budget: pack ? BUDGET.pack : BUDGET.validator,
    });
  }
}
const cdn = await readFile(cdnFile, 'utf8').catch(() => null);
if (cdn === null) {
  console.error(`${cdnFile} is missing: run npm run build first.`);
  process.exit(1);
}
rows.push({ what: `${cdnFile} (all elements)`, bytes: gzipSize(cdn), budget: BUDGET.cdn });
for (const file of await readdir(dirname(cdnFile))) {
  if (!file.endsWith('.js') || file === basename(cdnFile)) continue;
  const code = await readFile(`${dirname(cdnFile)}/${file}`, 'utf8');
  rows.push({
    what: `${dirname(cdnFile)}/${file} (language pack)`,
    bytes: gzipSize(code),
    budget: BUDGET.pack,
  });
}

let failed = 0;
const width = Math.max(...rows.map((row) => row.what.length));
console.log(`${'min+gzip'.padEnd(width)}    size     budget`);
for (const row of rows) {
  const over = row.bytes > row.budget;
  failed += over;
  console.log(
    `${row.what.padEnd(width)}  ${kB(row.bytes).padStart(8)}  ${kB(row.budget).padStart(9)}${over ? '  OVER BUDGET' : ''}`,
  );
}
if (failed) {
  console.error(`\n${failed} over budget.`);
  process.exit(1);
}
