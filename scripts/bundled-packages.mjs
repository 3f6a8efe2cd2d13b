// Serves npm packages that the browser cannot load as they are (CommonJS inside, or JSON
// imports) as one ES module each, bundled by esbuild. Test code imports them by their usual
// names: `syllable` depends on CommonJS packages.
import { build } from 'esbuild';

const PREFIX = '/__bundled__/';

export function bundledPackages(names) {
  return {
    name: 'bundled-packages',
    resolveImport({ source }) {
      return names.includes(source) ? `${PREFIX}${source}.js` : undefined;
    },
    async serve(context) {
      const name = context.path.startsWith(PREFIX) && context.path.slice(PREFIX.length, -'.js'.length);
      if (!name || !names.includes(name)) return undefined;
      const result = await build({
        stdin: { contents: `export * from '${name}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'warning',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
