// The manifest documents every element's attributes, properties, events, parts and custom
// properties from the JSDoc in the source and Lit's `static properties`. Storybook's docs pages
// read it.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Members that elements inherit from `HwElement<TContent, TStrings>` show the element's own
 * content and strings types instead of the type parameters.
 */
function elementMembers() {
  const typeArguments = new Map();
  return {
    name: 'element-members',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          if (type.expression.getText() === 'HwElement' && type.typeArguments?.length === 2) {
            typeArguments.set(
              node.name.getText(),
              type.typeArguments.map((argument) => argument.getText()),
            );
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const [content, strings] = typeArguments.get(declaration.name) ?? [];
          if (!content) continue;
          // Members are shared with the base class's declaration: change copies, not the originals.
          declaration.members = declaration.members?.map((member) =>
            member.type?.text
              ? {
                  ...member,
                  type: {
                    ...member.type,
                    text: member.type.text
                      .replace(/\bTContent\b/g, content)
                      .replace(/\bTStrings\b/g, strings),
                  },
                }
              : member,
          );
        }
      }
    },
  };
}

/**
 * An optional property typed `?: number | undefined` (so that it can be cleared under
 * `exactOptionalPropertyTypes`) reads `number | undefined | undefined` to the analyzer: say it once.
 */
function optionalOnce() {
  const once = (item) =>
    item.type?.text
      ? { ...item, type: { ...item.type, text: item.type.text.replace(/( \| undefined)+/g, ' | undefined') } }
      : item;
  return {
    name: 'optional-once',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.map(once);
          declaration.attributes = declaration.attributes?.map(once);
        }
    },
  };
}

/**
 * The topic's default is written in the source as the constant `DEFAULT_TOPIC`: the manifest,
 * and the editor data made from it, give its value instead of its name.
 */
function defaultTopic() {
  const source = readFileSync('src/content/default-topic.ts', 'utf8');
  const value = source.match(/export const DEFAULT_TOPIC = ('[a-z0-9-]+');/)?.[1];
  if (!value) throw new Error('src/content/default-topic.ts: no DEFAULT_TOPIC found');
  const resolve = (item) => (item.default === 'DEFAULT_TOPIC' ? { ...item, default: value } : item);
  return {
    name: 'default-topic',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.attributes = declaration.attributes?.map(resolve);
          declaration.members = declaration.members?.map(resolve);
        }
      }
    },
  };
}

/**
 * The analyzer writes some references to a module as the import says (`./events.js` in a
 * re-export) or as a URL path (`/src/core/hw-element.js` for an inherited member); the manifest
 * names modules by their path in the package (`src/core/events.ts`), and so does every reference
 * after this.
 */
function modulePaths() {
  const fix = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => fix(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string' && /^[./]/.test(item)) {
        const path = item.startsWith('/') ? item.slice(1) : posix.join(posix.dirname(from), item);
        value[key] = path.replace(/\.js$/, '.ts');
      } else fix(item, from);
    }
  };
  return {
    name: 'module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) fix(module, module.path);
    },
  };
}

/**
 * The analyzer reads the files in whatever order its file search returns them, which can differ
 * from one machine or run to the next: the manifest, and every list made from it (the CLI's
 * elements, the editor data's "Used by"), lists modules by path instead.
 */
function sortedModules() {
  return {
    name: 'sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/core/hw-element.ts'],
  litelement: true,
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
  outdir: '.',
  plugins: [elementMembers(), optionalOnce(), defaultTopic(), modulePaths(), sortedModules()],
};
