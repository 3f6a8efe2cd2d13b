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
