// Checks, after a build, that package.json points at files that exist and covers every element:
// an export, a `sideEffects` entry (it registers a tag) and its types. A new element folder
// fails this check until package.json lists it. Then publint and Are the Types Wrong lint the
// package as npm would pack it; both work offline on this folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { parseAst } from 'rollup/parseAst';
import { cdnFile, elements } from './entries.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const name of elements) {
  const entry = pkg.exports[`./${name}`];
  if (!entry) problems.push(`exports has no "./${name}"`);
  else if (entry.default !== `./dist/${name}.js`)
    problems.push(`exports["./${name}"].default should be ./dist/${name}.js`);
  if (!pkg.sideEffects.includes(`./dist/${name}.js`))
    problems.push(`sideEffects should list ./dist/${name}.js`);
}
if (!pkg.sideEffects.includes(`./${cdnFile}`)) problems.push(`sideEffects should list ./${cdnFile}`);

// A file with a statement at its top level that does something (registers an element, hooks
// into the renderer) has side effects, wherever rollup put it: bundlers that honour `sideEffects`
// would drop it otherwise. Every other file is free of them, so a bundler may leave out what an
// app does not use (other topics, the validator).
const matches = (file) =>
  pkg.sideEffects.some((pattern) =>
    new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]*')}$`).test(`./${file}`),
  );
for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.js') || file.startsWith('cdn/')) continue;
  const statements = parseAst(readFileSync(`dist/${file}`, 'utf8')).body;
  if (statements.some((node) => node.type === 'ExpressionStatement') && !matches(`dist/${file}`)) {
    problems.push(`dist/${file} has side effects at its top level, but sideEffects does not cover it`);
  }
}

const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
for (const [key, value] of Object.entries(pkg.exports)) {
  for (const target of targets(value)) {
    if (!target.includes('*') && !existsSync(target))
      problems.push(`exports["${key}"] points at missing ${target}`);
  }
}
for (const file of [pkg.types, pkg.main, pkg.customElements]) {
  if (!existsSync(file)) problems.push(`${file} is missing`);
}

if (problems.length) {
  console.error(`package.json does not match the build:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package.json matches the build (${elements.length} element${elements.length === 1 ? '' : 's'}).`,
);

// publint: fields and files as packed; `strict` fails on warnings too, suggestions only print.
const { messages } = await publint({ pkgDir: '.', pack: 'npm', strict: true });
for (const message of messages) {
  console[message.type === 'suggestion' ? 'log' : 'error'](
    `publint ${message.type}: ${formatMessage(message, pkg)}`,
  );
}
if (messages.some((message) => message.type !== 'suggestion')) process.exit(1);
console.log('publint: no errors or warnings.');

// Are the Types Wrong: every export resolves to its types the way TypeScript resolves it.
// - The package is ESM only, so the `esm-only` profile leaves out CommonJS `require` and the
//   node10 resolution that predates `exports`: consumers there use a dynamic import.
// - reserve-space.css is a stylesheet for a `<link>`, not a module with types.
const attwBin = createRequire(import.meta.url)
  .resolve('@arethetypeswrong/cli/package.json')
  .replace(/package\.json$/, 'dist/index.js');
const attwArgs = ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './reserve-space.css'];
const attw = spawnSync(process.execPath, [attwBin, ...attwArgs, '--format', 'table-flipped'], {
  stdio: 'inherit',
});
if (attw.status !== 0) process.exit(attw.status ?? 1);
