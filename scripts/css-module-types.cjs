// The class names of a `*.module.css` file and their TypeScript declaration, from one parser.
// Two readers share it, so they cannot disagree:
// - `npm run css-types` writes the declaration beside each stylesheet, which `tsc` reads (tsc runs
//   no language service plugins), so a misspelled class fails the type check;
// - typescript-plugin-css-modules, which serves editors, takes this module as its `customTemplate`
//   (see tsconfig.json) instead of generating declarations of its own.
// CommonJS, because that plugin loads its template with `require`.
const { readFileSync } = require('node:fs');
const postcss = require('postcss');

/** Class names defined by a stylesheet, in order of first appearance. */
function classNames(css) {
  const names = new Set();
  postcss.parse(css).walkRules((rule) => {
    // Drop attribute selectors and strings before looking for `.name`.
    const selector = rule.selector.replace(/\[[^\]]*\]/g, '').replace(/(["']).*?\1/g, '');
    for (const match of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(match[1]);
  });
  return [...names];
}

function toDeclaration(css) {
  const members = classNames(css)
    .map((name) => `  readonly ${JSON.stringify(name)}: ${JSON.stringify(name)};`)
    .join('\n');
  return [
    '// Generated from the stylesheet beside it by scripts/css-types.mjs. Do not edit.',
    '/** The stylesheet, minified, for adopting into a shadow root. */',
    'export declare const styles: string;',
    `declare const classes: {\n${members}\n};`,
    'export default classes;',
    '',
  ].join('\n');
}

/** typescript-plugin-css-modules' customTemplate: the plugin's own declaration is replaced. */
function customTemplate(_pluginDeclaration, { fileName }) {
  return toDeclaration(readFileSync(fileName, 'utf8'));
}

module.exports = Object.assign(customTemplate, { classNames, toDeclaration });
