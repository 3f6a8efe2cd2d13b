// Writes `<name>.module.d.css.ts` beside every `*.module.css` under src/, so that `tsc` knows
// each stylesheet's class names and a misspelled one fails the type check. Editors get the same
// declarations from scripts/css-module-types.cjs through typescript-plugin-css-modules.
// `--check` only reports stale or missing declarations.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import cssModuleTypes from './css-module-types.cjs';

const { toDeclaration } = cssModuleTypes;

const check = process.argv.includes('--check');
const files = (await readdir('src', { recursive: true }))
  .filter((file) => file.endsWith('.module.css'))
  .map((file) => join('src', file));

let stale = 0;
for (const file of files) {
  const target = file.replace(/\.css$/, '.d.css.ts');
  const wanted = toDeclaration(await readFile(file, 'utf8'));
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current === wanted) continue;
  if (check) {
    stale++;
    console.error(`${target} is out of date: run npm run css-types`);
  } else {
    await writeFile(target, wanted);
  }
}
process.exitCode = stale ? 1 : 0;
