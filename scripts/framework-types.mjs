// Writes typed integrations for frameworks and editors to dist/frameworks/, generated from
// custom-elements.json so they cannot drift from the elements:
// - react.d.ts, preact.d.ts, solid.d.ts: typed JSX (props, and `on…` handlers with typed details);
// - vue.d.ts: the elements as Vue global components;
// - vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code's custom data;
// - web-types.json: JetBrains' web types.
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { readFileSync, writeFileSync } from 'node:fs';

const outdir = 'dist/frameworks';
// Type paths are relative to outdir: the package's own declarations.
const TYPES = '../types/index.js';
const read = () => JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const quiet = { hideLogs: true };

// The generator imports every export of an element's module from the package's entry; the
// entry exports the element classes (and the event details, imported separately), not the rest.
const forJsx = read();
for (const module of forJsx.modules) {
  const elements = new Set(module.declarations?.filter((item) => item.tagName).map((item) => item.name));
  module.exports = module.exports?.filter((item) => elements.has(item.declaration.name));
}
generateJsxTypes(forJsx, {
  outdir,
  fileName: 'jsx.d.ts',
  globalTypePath: TYPES,
  stronglyTypedEvents: true,
});

// The generated file declares the tags for every JSX framework at once, and a declaration for a
// framework that is not installed fails type-checking. Keep its types, and let each framework's
// file below declare the tags for that framework alone.
const jsxFile = `${outdir}/jsx.d.ts`;
const jsx = readFileSync(jsxFile, 'utf8');
const declarations = jsx.search(/^declare (module|global)\b/m);
if (declarations < 0) throw new Error('jsx.d.ts: the generator no longer declares modules; check it');
writeFileSync(jsxFile, jsx.slice(0, declarations));

const jsxFor = (module, elements, more = '') =>
  `// Typed JSX for the health-widgets elements. Generated from custom-elements.json.
import type { ${elements}${more ? ', CustomCssProperties' : ''} } from './jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends ${elements} {}
  }${more}
}
`;
// React's style prop also takes the elements' custom properties.
const reactStyle = '\n  interface CSSProperties extends CustomCssProperties {}';
writeFileSync(`${outdir}/react.d.ts`, jsxFor('react', 'CustomElements', reactStyle));
writeFileSync(`${outdir}/preact.d.ts`, jsxFor('preact', 'CustomElements'));
writeFileSync(`${outdir}/solid.d.ts`, jsxFor('solid-js', 'CustomElementsSolidJs'));

// The Vue generator wraps each event type in `CustomEvent<…>` and imports only the element
// classes: give it each detail type, named with its module, so handlers get a typed `detail`.
const forVue = read();
for (const module of forVue.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const event of declaration.events ?? []) {
      const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
      if (detail) event.type.text = `import('${TYPES}').${detail}`;
    }
  }
}
generateVuejsTypes(forVue, { outdir, fileName: 'vue.d.ts', globalTypePath: TYPES, ...quiet });

// Vue's compiler camel-cases names before vue-tsc looks them up in a component's props:
// `emergency-number` as `emergencyNumber`, `@hw-tier-change` as `onHwTierChange`. The generator
// writes them as in HTML, where vue-tsc would never find (and so never check) them.
const vueFile = `${outdir}/vue.d.ts`;
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
writeFileSync(
  vueFile,
  readFileSync(vueFile, 'utf8')
    .replace(/^(\s+)"on(hw-[a-z-]+)"\?:/gm, (_, space, event) => `${space}on${camel(`-${event}`)}?:`)
    .replace(/^(\s+)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, space, name) => `${space}${camel(name)}?:`),
);

generateVsCodeCustomElementData(read(), {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  ...quiet,
});
generateJetBrainsWebTypes(read(), { outdir, webTypesFileName: 'web-types.json', ...quiet });
