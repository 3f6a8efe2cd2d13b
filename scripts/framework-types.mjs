// Writes typed integrations for frameworks and editors to dist/frameworks/, generated from
// custom-elements.json so they cannot drift from the elements:
// - react.d.ts, preact.d.ts, solid.d.ts: typed JSX (props, attributes as HTML writes them, and
//   `on…` handlers with typed details);
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
const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);
const quiet = { hideLogs: true };
// Editors document the public API. The generators leave out protected and private methods but
// still write a "Methods" heading for them, empty where an element has no public method.
const readPublic = () => {
  const manifest = read();
  for (const element of elementsOf(manifest))
    element.members = element.members?.filter((member) => (member.privacy ?? 'public') === 'public');
  return manifest;
};

// The generators write "(default: undefined)" after a CSS custom property with no default in the
// manifest, which is every one here (a description gives the default where there is one).
const noUndefinedDefaults = (text) =>
  text.replaceAll(/ (_\(default: undefined\)_|\(default: `undefined`\))/g, '');
const rewrite = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));

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
let jsx = readFileSync(jsxFile, 'utf8');
const declarations = jsx.search(/^declare (module|global)\b/m);
if (declarations < 0) throw new Error('jsx.d.ts: the generator no longer declares modules; check it');
jsx = jsx.slice(0, declarations);

// The generator gives a kebab-case attribute key its property's type, but in HTML an attribute's
// value is text: `heading-level="3"` must type-check, as it works. Such a key takes what HTML
// takes (a number's digits, or a boolean attribute's forms) as well as the property's own values,
// which React, Preact and Solid's `attr:` write as text; the camel-case property key keeps its type.
const htmlValue = {
  number: () => '`${number}` | number',
  boolean: (name) => `'' | '${name}' | boolean`,
};
const elements = elementsOf(read());
/** An attribute's type in the manifest, without the `| undefined` an optional property adds. */
const valueTypeOf = (type) => type?.text.replace(/ \| undefined$/, '');
/** Each dashed attribute with a number or boolean property: its element, names, type and HTML form. */
const dashedAttributes = elements.flatMap((declaration) =>
  (declaration.attributes ?? []).flatMap(({ name, fieldName, type }) => {
    const valueType = valueTypeOf(type);
    const form = htmlValue[valueType];
    return fieldName && name !== fieldName && form
      ? [{ element: declaration.name, name, fieldName, valueType, form: form(name) }]
      : [];
  }),
);
for (const { element, name, fieldName, valueType, form } of dashedAttributes) {
  // Solid's key for a boolean attribute is `bool:`, which takes a boolean.
  for (const key of valueType === 'boolean' ? [name] : [name, `attr:${name}`]) {
    const typed = `"${key}"?: ${element}["${fieldName}"] | undefined;`;
    if (!jsx.includes(typed)) throw new Error(`jsx.d.ts: no ${typed}; check the generator`);
    jsx = jsx.replaceAll(typed, `"${key}"?: ${form} | undefined;`);
  }
}
// Solid's `attr:` writes an attribute; the generator gives that key only to dashed attributes.
// Every other attribute (`topic`, `exclusive`, `persist`) gets it too, with what HTML takes.
for (const declaration of elements) {
  for (const { name, fieldName, type } of declaration.attributes ?? []) {
    if (name !== fieldName) continue;
    const form = htmlValue[valueTypeOf(type)]?.(name) ?? 'string';
    const prop = `"prop:${name}"?: ${declaration.name}["${name}"] | undefined;`;
    const at = jsx.indexOf(prop, jsx.indexOf(`export type ${declaration.name}SolidJsProps`));
    if (at < 0) throw new Error(`jsx.d.ts: no ${prop} in the Solid props; check the generator`);
    // After the property's key, with the same description.
    const doc = jsx.slice(jsx.lastIndexOf('  /**', at), at);
    const end = jsx.indexOf('\n', at) + 1;
    jsx = `${jsx.slice(0, end)}${doc}"attr:${name}"?: ${form} | undefined;\n${jsx.slice(end)}`;
  }
}
writeFileSync(jsxFile, noUndefinedDefaults(jsx));

// Each framework's own props join each element's: a ref from the framework (React's useRef,
// Preact's useRef, Solid's `ref={el}`), DOM handlers such as onClick, and a style as the framework
// writes it (React's takes the elements' custom properties by name). The generator's own `ref`
// and `style` types know none of these, so the framework's take their place; any other prop the
// generator names wins, so the elements' props and `on…` handlers keep their types.
// Importing the framework also makes each file a module augmentation that works on its own, not
// only in a program that imports the framework elsewhere (Solid's JSX types, for one, need it).
const jsxFor = ({ module, imports, elements, attributes, more = '' }) =>
  `// Typed JSX for the health-widgets elements. Generated from custom-elements.json.
import type { ${imports} } from '${module}';
import type { ${elements}${more ? ', CustomCssProperties' : ''} } from './jsx.js';

type Tag = keyof ${elements};
type Props<T extends Tag> = Omit<${elements}[T], 'ref' | 'style'> &
  Omit<
    ${attributes},
    Exclude<keyof ${elements}[T], 'ref' | 'style'>
  >;
type HwElements = { [T in Tag]: Props<T> };

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends HwElements {}
  }${more}
}
`;
const element = 'HTMLElementTagNameMap[T]';
writeFileSync(
  `${outdir}/react.d.ts`,
  jsxFor({
    module: 'react',
    imports: 'HTMLAttributes, RefAttributes',
    elements: 'CustomElements',
    attributes: `HTMLAttributes<${element}> & RefAttributes<${element}>`,
    more: '\n  interface CSSProperties extends CustomCssProperties {}',
  }),
);
// Preact 11 has its HTML attributes at the top level only, no longer under JSX (recent Preact 10
// releases have both).
writeFileSync(
  `${outdir}/preact.d.ts`,
  jsxFor({
    module: 'preact',
    imports: 'HTMLAttributes',
    elements: 'CustomElements',
    attributes: `HTMLAttributes<${element}>`,
  }),
);
writeFileSync(
  `${outdir}/solid.d.ts`,
  jsxFor({
    module: 'solid-js',
    imports: 'JSX',
    elements: 'CustomElementsSolidJs',
    attributes: `JSX.HTMLAttributes<${element}>`,
  }),
);

// The Vue generator wraps each event type in `CustomEvent<…>` and imports only the element
// classes: give it each detail type, named with its module, so handlers get a typed `detail`.
// It also offers read-only properties (the checker's `tier`) as props, which Vue would try to set.
const forVue = readPublic();
for (const module of forVue.modules) {
  for (const declaration of module.declarations ?? []) {
    declaration.members = declaration.members?.filter((member) => !member.readonly);
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
// vue-tsc also checks `heading-level="3"` against that key, and Vue writes a dashed name to the
// element as an attribute, so the key takes what HTML takes, as in JSX above.
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
rewrite(`${outdir}/vue.d.ts`, (text) => {
  let vue = noUndefinedDefaults(text)
    .replace(/^(\s+)"on(hw-[a-z-]+)"\?:/gm, (_, space, event) => `${space}on${camel(`-${event}`)}?:`)
    .replace(/^(\s+)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, space, name) => `${space}${camel(name)}?:`);
  for (const { element, fieldName, form } of dashedAttributes) {
    const typed = `${fieldName}?: ${element}["${fieldName}"];`;
    if (!vue.includes(typed)) throw new Error(`vue.d.ts: no ${typed}; check the generator`);
    vue = vue.replaceAll(typed, `${fieldName}?: ${form};`);
  }
  return vue;
});

generateVsCodeCustomElementData(readPublic(), {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  ...quiet,
});
generateJetBrainsWebTypes(readPublic(), { outdir, webTypesFileName: 'web-types.json', ...quiet });
rewrite(`${outdir}/vscode.html-custom-data.json`, noUndefinedDefaults);

// VS Code offers an attribute's values where its data lists them; the generator lists none. A
// boolean attribute takes no value, `heading-level` takes 2 to 6, and `topic` the bundled topics
// with content for that element.
const { topicIndex } = await import('../dist/content.js');
rewrite(`${outdir}/vscode.html-custom-data.json`, (text) => {
  const data = JSON.parse(text);
  for (const tag of data.tags) {
    const documented = elements.find((element) => element.tagName === tag.name).attributes;
    for (const attribute of tag.attributes ?? []) {
      const type = valueTypeOf(documented.find((item) => item.name === attribute.name)?.type);
      if (type === 'boolean') {
        delete attribute.values;
        attribute.valueSet = 'v';
      } else if (attribute.name === 'heading-level') {
        attribute.values = ['2', '3', '4', '5', '6'].map((name) => ({ name }));
      } else if (attribute.name === 'topic') {
        attribute.values = topicIndex
          .filter((topic) => topic.widgets.includes(tag.name))
          .map((topic) => ({ name: topic.id, description: topic.title }));
      }
    }
  }
  return `${JSON.stringify(data, null, 2)}\n`;
});
rewrite(`${outdir}/web-types.json`, noUndefinedDefaults);

// VS Code's CSS data is one list for the whole package, and the generator adds each element's
// custom properties and parts to it, so the shared ones came four times. List each once, and
// say which elements use it; where their descriptions differ, give each element's.
const cssFile = `${outdir}/vscode.css-custom-data.json`;
const cssData = JSON.parse(readFileSync(cssFile, 'utf8'));
function listOnce(entries, list, nameInManifest) {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return [...byName.values()].map((entry) => {
    const users = elements.flatMap((element) =>
      (element[list] ?? [])
        .filter((item) => item.name === nameInManifest(entry.name))
        .map((item) => ({ tag: element.tagName, description: item.description })),
    );
    const description =
      new Set(users.map((user) => user.description)).size === 1
        ? `${users[0].description}\n\nUsed by ${users.map((user) => user.tag).join(', ')}.`
        : users.map((user) => `${user.tag}: ${user.description}`).join('\n\n');
    return { ...entry, description };
  });
}
cssData.properties = listOnce(cssData.properties, 'cssProperties', (name) => name);
cssData.pseudoElements = listOnce(cssData.pseudoElements, 'cssParts', (name) =>
  name.replace(/^::part\((.*)\)$/, '$1'),
);
writeFileSync(cssFile, `${JSON.stringify(cssData, null, 2)}\n`);
