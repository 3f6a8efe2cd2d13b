// One mechanism for `*.module.css` files, used by rollup, the test runner and Storybook's Vite.
// A module stylesheet becomes a JS module that exports its minified CSS text (`styles`, adopted
// into the element's shadow root) and, as its default export, the map of its class names. Shadow
// DOM already scopes the classes, so names are kept as written; the map exists so templates use
// typed, checked names (scripts/css-module-types.cjs declares them).
import { readFile } from 'node:fs/promises';
import { transformSync } from 'esbuild';
import cssModuleTypes from './css-module-types.cjs';

// The same parser names the classes here and in their declarations.
const { classNames } = cssModuleTypes;

const MODULE_CSS = /\.module\.css$/;
// The suffix keeps Vite's own CSS pipeline away from the generated JS module.
const SUFFIX = '.lit.js';

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
