// Serves `/test/all-stories.js`: a module that imports every `stories/*.stories.ts`, so the
// story tests cover each new story without anyone listing it.
import { readdirSync } from 'node:fs';

export const ALL_STORIES = '/test/all-stories.js';

export function storiesModule() {
  return {
    name: 'all-stories',
    serve(context) {
      if (context.path !== ALL_STORIES) return undefined;
      const files = readdirSync('stories')
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
      const body = files
        .map((file, index) => `import * as s${index} from '/stories/${file}';`)
        .concat(`export default [${files.map((file, index) => `['${file}', s${index}]`).join(', ')}];`)
        .join('\n');
      return { body, type: 'js' };
    },
  };
}

// Storybook's browser API reaches CommonJS packages (aria-query, through storybook/test) that a
// browser cannot import. Storybook's Vite pre-bundles them; for the test runner, esbuild bundles
// the two entries the story tests import into ES modules once, leaving Lit shared with the stories.
const STORYBOOK_ENTRIES = [
  'storybook/preview-api',
  'storybook/actions',
  '@storybook/web-components-vite',
  '@wc-toolkit/storybook-helpers',
];

// The helpers' file also holds a Storybook preset for Node, which imports `path`; the browser
// never calls it, so `path` is an empty module here.
const nodeBuiltins = {
  name: 'node-builtins',
  setup(build) {
    build.onResolve({ filter: /^path$/ }, () => ({ path: 'path', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export default {};' }));
  },
};
const PREBUNDLED = '/__prebundled/';

export function storybookApi() {
  let built;
  const build = async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: STORYBOOK_ENTRIES.map((entry, index) => ({ in: entry, out: `entry-${index}` })),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: 'prebundled',
      write: false,
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [nodeBuiltins],
      logLevel: 'warning',
    });
    return new Map(
      result.outputFiles.map((file) => [PREBUNDLED + file.path.split(/[\\/]prebundled[\\/]/)[1], file.text]),
    );
  };
  return {
    name: 'storybook-api',
    resolveImport({ source }) {
      const index = STORYBOOK_ENTRIES.indexOf(source);
      return index < 0 ? undefined : `${PREBUNDLED}entry-${index}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREBUNDLED)) return undefined;
      built ??= build();
      const body = (await built).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
