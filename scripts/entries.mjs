// The package's entry points, shared by rollup, the size check and the manifest checks.
// Every folder under src/components is one element whose entry is the file named after it.
import { readdirSync } from 'node:fs';

export const elements = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Output name (without `.js`) -> source file. */
export const entries = {
  index: 'src/index.ts',
  content: 'src/content/index.ts',
  // Node only: renders elements to HTML (not part of any browser entry).
  server: 'src/server.ts',
  // Opt-in: lets elements take over shadow DOM rendered on the server.
  hydrate: 'src/hydrate.ts',
  ...Object.fromEntries(elements.map((name) => [name, `src/components/${name}/${name}.ts`])),
};

export const cdnEntry = 'src/cdn.ts';
export const cdnFile = 'dist/cdn/health-widgets.js';
