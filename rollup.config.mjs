import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { litCssModules } from './scripts/css-modules.mjs';
import { cdnEntry, cdnFile, entries } from './scripts/entries.mjs';
import { collapseTemplateWhitespace } from './scripts/template-whitespace.mjs';

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  noEmitOnError: true,
  // Declarations come from `tsc -p tsconfig.build.json`; here TypeScript only transpiles.
  compilerOptions: { noEmit: false, declaration: false },
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
};

export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  format: { comments: false },
};

export default [
  // For npm users: one ESM file per entry; lit and valibot stay shared imports.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
    plugins: [litCssModules(), typescript(typescriptOptions)],
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
      litCssModules(),
      nodeResolve(),
      typescript(typescriptOptions),
      terser(terserOptions),
      collapseTemplateWhitespace(),
    ],
    // One file: the validator, loaded on demand elsewhere, is inlined here.
    output: { file: cdnFile, format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
