// The manifest documents every element's attributes, properties, events, parts and custom
// properties from the JSDoc in the source. Storybook's docs pages read it.

/** Static members the base class marks internal, which element classes override. */
const INTERNAL_STATICS = new Set(['styles', 'attributes']);

/**
 * Tidies what elements inherit from `HwElement<TContent, TStrings>`: inherited members show the
 * element's own content and strings types instead of the type parameters, attributes name the
 * property they set, and the base's internal statics stay out of the public docs.
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
          declaration.members = declaration.members?.filter(
            (member) => !(member.static && INTERNAL_STATICS.has(member.name)),
          );
          // Every attribute sets the property of the same name in camelCase.
          const memberNames = new Set((declaration.members ?? []).map((member) => member.name));
          declaration.attributes = declaration.attributes?.map((attribute) => {
            const fieldName = attribute.name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
            return memberNames.has(fieldName) ? { ...attribute, fieldName } : attribute;
          });
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

export default {
  globs: ['src/components/*/*.ts', 'src/core/hw-element.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
  outdir: '.',
  plugins: [elementMembers()],
};
