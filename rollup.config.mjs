import { basename, dirname } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions, typescriptOptions } from './scripts/build-options.mjs';
import { litCssModules } from './scripts/css-modules.mjs';
import { cdnEntry, cdnFile, entries } from './scripts/entries.mjs';

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
