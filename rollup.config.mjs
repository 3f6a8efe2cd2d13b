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
  // For a script tag: one self-contained, minified file that registers every element.
  {
    input: cdnEntry,
    plugins: [
      minifyTemplates(),
      litCssModules(),
      nodeResolve(),
      typescript(typescriptOptions),
      terser(terserOptions),
    ],
    // One file: the validator, loaded on demand elsewhere, is inlined here.
    output: { file: cdnFile, format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
