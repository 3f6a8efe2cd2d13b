import { basename, dirname } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions, typescriptOptions } from './scripts/build-options.mjs';
import { litCssModules } from './scripts/css-modules.mjs';
import { cdnEntry, cdnFile, entries } from './scripts/entries.mjs';

/**
 * What back topics share is in files of its own, not in the default topic's: the signs and their
 * sources, which the default topic shows too, and what only other topics use. And each other
 * topic is a file per widget, beside what its widgets share. So a bundler keeps in an element's
 * first render only what the default topic needs, loads another topic's content only for the
 * widget that shows it, and even one that inlines lazy files keeps only its element's kind.
 */
function manualChunks(id) {
  const shared = /[\\/]src[\\/]content[\\/]topics[\\/]shared[\\/]([\w-]+)\.ts$/.exec(id);
  if (shared) return shared[1] === 'citing' ? 'shared-content' : shared[1];
  const part = /[\\/]src[\\/]content[\\/]topics[\\/]([\w-]+)[\\/]([\w-]+)\.ts$/.exec(id);
  if (part) return `${part[1]}-${part[2]}`;
  return /[\\/]src[\\/]content[\\/]get-help\.ts$/.test(id) ? 'back-red-flags' : undefined;
}

export default [
  // For npm users: one ESM file per entry; lit and valibot stay shared imports.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/],
    plugins: [minifyTemplates(), litCssModules(), typescript(typescriptOptions)],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      // A bundler follows the imports itself: an entry names only what it uses, so files it does
      // not need (other topics, the validator) can be left out where `sideEffects` allows.
      hoistTransitiveImports: false,
      manualChunks,
      sourcemap: true,
    },
  },
  // For a script tag: one minified file that registers every element with their bundled content.
  // Beside it, files it loads only when a page needs them: the validator, for content the page
  // gives itself, and each language pack other than English, for a page in that language.
  {
    input: cdnEntry,
    plugins: [
      minifyTemplates(),
      litCssModules(),
      nodeResolve(),
      typescript(typescriptOptions),
      terser(terserOptions),
    ],
    output: {
      dir: dirname(cdnFile),
      entryFileNames: basename(cdnFile),
      chunkFileNames: `${basename(cdnFile, '.js')}-[name]-[hash].js`,
      format: 'es',
      sourcemap: true,
    },
  },
];
