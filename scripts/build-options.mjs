// Build options shared by rollup.config.mjs and scripts/size.mjs, so that the size check measures
// code built exactly as the package ships it.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** TypeScript only transpiles here; `tsc -p tsconfig.build.json` writes the declarations. */
export const typescriptOptions = {
  tsconfig: './tsconfig.json',
  noEmitOnError: true,
  compilerOptions: { noEmit: false },
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
};

/** terser, as a consumer's production build would run it. */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};

/**
 * Minifies the HTML inside the elements' `html` and `svg` templates (white space, comments), in
 * the npm files as well as the CDN file, so a consumer's bundler does not need to. The elements'
 * CSS is minified earlier, when scripts/css-modules.mjs turns each stylesheet into a module.
 * A template it cannot parse fails the build rather than shipping unminified.
 */
export function minifyTemplates() {
  // The server entry's one template names its tag by an expression, which the minifier cannot parse.
  return minifyHtmlLiterals({ include: ['src/**/*.ts'], exclude: ['src/server.ts'], failOnError: true });
}
