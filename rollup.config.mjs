import { basename, dirname } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, terserOptions, typescriptOptions } from './scripts/build-options.mjs';
import { litCssModules } from './scripts/css-modules.mjs';
import { cdnEntry, cdnFile, entries } from './scripts/entries.mjs';
import { staticValidator } from './scripts/static-validator.mjs';

export default [
  // For npm users: one ESM file per entry; lit and valibot stay shared imports.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
    plugins: [minifyTemplates(), litCssModules(), typescript(typescriptOptions)],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      sourcemap: true,
    },
  },
  // For a script tag: one self-contained, minified file that registers every element, and beside
  // it one small file per language pack other than English, loaded only by a page in that language.
  {
    input: cdnEntry,
    plugins: [
      staticValidator(),
      minifyTemplates(),
      litCssModules(),
      nodeResolve(),
      typescript(typescriptOptions),
      terser(terserOptions),
    ],
    // The validator, loaded on demand elsewhere, is in the file itself (see staticValidator).
    output: {
      dir: dirname(cdnFile),
      entryFileNames: basename(cdnFile),
      chunkFileNames: `${basename(cdnFile, '.js')}-[name]-[hash].js`,
      format: 'es',
      sourcemap: true,
    },
  },
];
