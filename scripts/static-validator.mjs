// For the CDN file: the content validator goes into the file itself, as a static import, while
// language packs stay dynamic imports, each a small file beside it that loads only when a page
// is in that language.
import MagicString from 'magic-string';

const VALIDATOR = /import\((['"])((?:\.\.\/)+content\/validator-entry\.js)\1\)/g;

export function staticValidator() {
  return {
    name: 'static-validator',
    transform(code) {
      const matches = [...code.matchAll(VALIDATOR)];
      if (!matches.length) return null;
      const output = new MagicString(code);
      for (const match of matches) {
        output.overwrite(match.index, match.index + match[0].length, 'Promise.resolve(staticValidator)');
      }
      output.prepend(`import * as staticValidator from '${matches[0][2]}';\n`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
