/**
 * custom-elements.json must document every public attribute, property, method, event, slot,
 * CSS part and CSS custom property of every element. What the elements really have is read
 * from the running classes and from their sources; an undocumented one fails here.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';

interface Documented {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Documented[];
  members?: Documented[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ module, declaration })),
);
const source = async (path: string) => (await fetch(`/${path}`)).text();
const coreSources = await Promise.all(
  [
    'src/core/hw-element.ts',
    'src/core/content-controller.ts',
    'src/core/review.ts',
    'src/core/core.module.css',
  ].map(source),
);

const names = (items: Documented[] | undefined) => (items ?? []).map((item) => item.name);
const undocumented = (items: Documented[] | undefined) =>
  (items ?? []).filter((item) => !item.description?.trim()).map((item) => item.name);

describe('custom-elements.json', () => {
  it('names every module it refers to by its path in the package, as it names its own', () => {
    const references = JSON.stringify(manifest).match(/"module":"[^"]*"/g) ?? [];
    expect(references.length).to.be.greaterThan(4);
    for (const reference of references) expect(reference).to.match(/^"module":"src\/[\w/.-]+\.ts"$/);
  });

  it('lists every registered element', () => {
    const tags = elements.map(({ declaration }) => declaration.tagName);
    expect(tags.length).to.be.greaterThan(0);
    for (const tag of tags) expect(customElements.get(tag!), tag).to.exist;
  });

  for (const { module, declaration } of elements) {
    const tag = declaration.tagName!;
    describe(`<${tag}>`, () => {
      let sources: string[];
      before(async () => {
        const folder = module.path.slice(0, module.path.lastIndexOf('/'));
        const name = folder.slice(folder.lastIndexOf('/') + 1);
        sources = [await source(module.path), await source(`${folder}/${name}.module.css`), ...coreSources];
      });

      it('describes the element', () => {
        expect(declaration.description?.trim(), 'class description').to.not.be.empty;
      });

      it('documents every observed attribute', () => {
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
          .observedAttributes;
        expect(names(declaration.attributes)).to.include.members(observed);
        expect(undocumented(declaration.attributes)).to.deep.equal([]);
      });

      it('documents every public property and method', () => {
        const element = customElements.get(tag) as unknown as {
          elementProperties: Map<string, { state?: boolean }>;
          prototype: object;
        };
        const members = declaration.members ?? [];
        // Lit's reactive properties, except internal state.
        const reactive = [...element.elementProperties].filter(([, options]) => !options.state);
        expect(names(members)).to.include.members(reactive.map(([name]) => name));
        // Methods the element class itself defines, public at run time: each must be in the manifest.
        // The platform's and Lit's lifecycle callbacks are theirs to call, not part of the API.
        const lifecycle = [
          'constructor',
          'connectedCallback',
          'disconnectedCallback',
          'attributeChangedCallback',
          'willUpdate',
          'update',
          'updated',
          'firstUpdated',
          'render',
        ];
        const methods = Object.getOwnPropertyNames(element.prototype).filter(
          (name) =>
            !lifecycle.includes(name) &&
            typeof Object.getOwnPropertyDescriptor(element.prototype, name)?.value === 'function',
        );
        expect(names(members)).to.include.members(methods);
        const publicMembers = members.filter((member) => !member.privacy || member.privacy === 'public');
        expect(undocumented(publicMembers)).to.deep.equal([]);
      });

      it('documents every event it fires', () => {
        const fired = sources.flatMap((text) =>
          [...text.matchAll(/emit\(\s*this(?:\.host)?,\s*['"](hw-[\w-]+)['"]/g)].map((m) => m[1]!),
        );
        expect(fired.length, 'events found in the source').to.be.greaterThan(0);
        expect(names(declaration.events)).to.include.members([...new Set(fired)]);
        expect(undocumented(declaration.events)).to.deep.equal([]);
      });

      it('documents every CSS part in its templates', () => {
        const parts = sources.flatMap((text) =>
          [...text.matchAll(/\spart="([\w\s-]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)),
        );
        // Core parts appear only in the core's templates; every element renders them.
        expect(names(declaration.cssParts)).to.include.members([...new Set(parts)]);
        expect(undocumented(declaration.cssParts)).to.deep.equal([]);
      });

      it('documents every --hw- custom property its styles read', () => {
        const used = sources.flatMap((text) =>
          [...text.matchAll(/var\(\s*(--hw-[\w-]+)/g)].map((m) => m[1]!),
        );
        expect(names(declaration.cssProperties)).to.include.members([...new Set(used)]);
        expect(undocumented(declaration.cssProperties)).to.deep.equal([]);
      });

      it('documents any slot', () => {
        const slots = sources.flatMap((text) =>
          [...text.matchAll(/<slot(?:\s+name="([\w-]+)")?/g)].map((m) => m[1] ?? ''),
        );
        expect(names(declaration.slots)).to.include.members([...new Set(slots)]);
        expect(undocumented(declaration.slots)).to.deep.equal([]);
      });
    });
  }
});
