// One mechanism for `*.module.css` files, used by rollup, the test runner and Storybook's Vite.
// A module stylesheet becomes a JS module that exports its minified CSS text (`styles`, adopted
// into the element's shadow root) and, as its default export, the map of its class names. Shadow
// DOM already scopes the classes, so names are kept as written; the map exists so templates use
// typed, checked names.
import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';
import postcss from 'postcss';

const MODULE_CSS = /\.module\.css$/;
// The suffix keeps Vite's own CSS pipeline away from the generated JS module.
const SUFFIX = '.lit.js';

/** Class names defined by a stylesheet, in order of first appearance. */
export function classNames(css) {
  const names = new Set();
  postcss.parse(css).walkRules((rule) => {
    // Drop attribute selectors and strings before looking for `.name`.
    const selector = rule.selector.replace(/\[[^\]]*\]/g, '').replace(/(["']).*?\1/g, '');
    for (const match of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(match[1]);
  });
  return [...names];
}

/** Minified by esbuild, which the toolchain already carries. */
export function minifyCss(css) {
  return transformSync(css, {
    loader: 'css',
    minify: true,
    target: ['chrome120', 'firefox128', 'safari17'],
  }).code.trim();
}

export function toJsModule(css) {
  const classes = Object.fromEntries(classNames(css).map((name) => [name, name]));
  return [
    `export const styles = ${JSON.stringify(minifyCss(css))};`,
    `export default ${JSON.stringify(classes)};`,
  ].join('\n');
}

export function toDeclaration(css) {
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

/** Rollup plugin; Vite and @web/dev-server-rollup accept it as it is. */
export function litCssModules() {
  return {
    name: 'lit-css-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!MODULE_CSS.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      // Another plugin may resolve through this one again; add the suffix only once.
      const id = resolved.id.replace(/[?#].*$/, '');
      return id.endsWith(SUFFIX) ? id : id + SUFFIX;
    },
    async load(id) {
      if (!id.endsWith('.module.css' + SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile?.(file);
      return toJsModule(await readFile(file, 'utf8'));
    },
  };
}
