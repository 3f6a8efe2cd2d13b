// The manifest documents every element's attributes, properties, events, parts and custom
// properties from the JSDoc in the source. Storybook's docs pages read it.
export default {
  globs: ['src/components/*/*.ts', 'src/core/hw-element.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
  outdir: '.',
  litelement: false,
};
