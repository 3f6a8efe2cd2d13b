// Checks, after a build, that package.json points at files that exist and covers every element:
// an export, a `sideEffects` entry (it registers a tag) and its types. A new element folder
// fails this check until package.json lists it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// A chunk that registers an element has side effects, wherever rollup put it; bundlers that honour
// `sideEffects` would drop it otherwise.
const matches = (file) =>
  pkg.sideEffects.some((pattern) =>
    new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]*')}$`).test(`./${file}`),
  );
for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.js') || file.startsWith('cdn/')) continue;
  const code = readFileSync(`dist/${file}`, 'utf8');
  if (/defineElement\(\s*['"]hw-/.test(code) && !matches(`dist/${file}`)) {
    problems.push(`dist/${file} registers an element but sideEffects does not cover it`);
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
