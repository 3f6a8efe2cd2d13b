// The manifest documents every element's attributes, properties, events, parts and custom
// properties from the JSDoc in the source and Lit's `static properties`. Storybook's docs pages
// read it.

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

export default {
  globs: ['src/components/*/*.ts', 'src/core/hw-element.ts'],
  litelement: true,
  exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts'],
  outdir: '.',
  plugins: [elementMembers()],
};
