// Lit templates keep the source's line breaks and indentation. In HTML a run of white space that
// holds a line break renders as one space, so production bundles keep just that space. Runs after
// minification, when the only line breaks left are inside template literals.
import MagicString from 'magic-string';

export function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    renderChunk(code) {
      const output = new MagicString(code);
      for (const match of code.matchAll(/[ \t]*\n\s*/g)) {
        output.overwrite(match.index, match.index + match[0].length, ' ');
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
