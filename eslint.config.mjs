import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', '**/*.d.css.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message:
            'Register elements with defineElement() from src/core/define.ts, which survives a second copy.',
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // The validator loads lazily; a static import would put valibot into every element's entry.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/html.js',
              message: "Import from 'lit', as the elements do: one entry for templates and LitElement alike.",
            },
          ],
          patterns: [
            { group: ['valibot'], message: 'Only src/content may import valibot.' },
            {
              regex: '(^|/)content/(schema|validator|validator-entry)(\\.js)?$',
              allowTypeImports: true,
              message:
                'Elements name their schema with a lazy import: import("../../content/validator-entry.js").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'src/core/define.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Chai's property assertions (`to.exist`) read as bare expressions.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '.storybook/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    // CommonJS files exist for tools that `require` them; `require` is how they import.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
