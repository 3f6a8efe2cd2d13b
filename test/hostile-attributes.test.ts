/**
 * Every attribute of every element, given the values a CMS field can end up holding: markup,
 * quotes, script URLs, prototype names, numbers out of range, several numbers, very long text.
 * Whatever the value, the page keeps working: nothing throws, nothing is injected or run,
 * nothing scrolls sideways at 320 px with 200% text, and a `tel:` link dials what it shows.
 * Elements and attributes are read from the manifest and the running classes, so a new one is
 * covered without being listed here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { redFlags } from '../src/content/topics/back-spasms-walking.js';
import { captureConsole, overflowing, textOf } from '../src/test-support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; checked?: string[] };

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
    }[];
  }[];
}
const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName),
);

/** What each element documents and what it really observes, together. */
const attributesOf = (tag: string): string[] => {
  const documented = declarations.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
  const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
    .observedAttributes;
  return [...new Set([...documented, ...observed])];
};

const CANARY = '__hwHostileCanary';
const run = `window.${CANARY}=1`;
const LONG_WORD = 'W'.repeat(3000);

const HOSTILE = [
  '',
  '   ',
  'false',
  `<img src="data:," onerror="${run}">`,
  `"><script>${run}</script><hw-injected></hw-injected>`,
  `' onfocus='${run}' autofocus x='`,
  `javascript:${run}`,
  'JaVaScRiPt:alert(1)//999',
  'data:text/html,<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  '0',
  '1',
  '-1',
  '7',
  '2.5',
  '1e309',
  'NaN',
  '99999999999999999999',
  '999 or 112',
  '112; 999',
  '999, 112',
  '999/112',
  'tel:999',
  '+44 (0)20 7946-0958',
  LONG_WORD,
  '9'.repeat(3000),
  'long words '.repeat(300),
];

/** The tier states that show every attribute's text: the checker's urgent service shows only when urgent. */
const STATES: Record<string, (string[] | undefined)[]> = {
  'hw-red-flag-checker': (['emergency', 'urgent'] as const).map((tier) => [
    redFlags.groups.flatMap((group) => group.flags).find((flag) => flag.tier === tier)!.id,
  ]),
};

/** Tags each element may render; an attribute can change the heading level or show the error view. */
const ALLOWED_EXTRA = ['h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'ul', 'li', 'a'];

/** The digits a number dials: an international number's `(0)` is dialled only from inside the country. */
const digits = (text: string) =>
  (text.trim().startsWith('+') ? text.replace('(0)', '') : text).replace(/[^\d+]/g, '');

let pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

async function place(tag: string, attributes: Record<string, string>, ticked?: string[]) {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%"></div>`);
  const el = document.createElement(tag) as Widget;
  if (ticked) el.checked = ticked;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  // Let any injected handler (an image's onerror, say) have its chance to run.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  return { wrapper, el };
}

/** What the element renders with no attributes: the tags it is meant to have. */
const baselines = new Map<string, Set<string>>();
async function baseline(tag: string): Promise<Set<string>> {
  if (!baselines.has(tag)) {
    const tags = new Set<string>(ALLOWED_EXTRA);
    for (const ticked of STATES[tag] ?? [undefined]) {
      const { el } = await place(tag, {}, ticked);
      for (const node of el.shadowRoot!.querySelectorAll('*')) tags.add(node.localName);
    }
    baselines.set(tag, tags);
  }
  return baselines.get(tag)!;
}

async function expectSafe(tag: string, attributes: Record<string, string>): Promise<void> {
  const allowed = await baseline(tag);
  for (const ticked of STATES[tag] ?? [undefined]) {
    const errors = captureConsole('error');
    let placed: Awaited<ReturnType<typeof place>>;
    try {
      placed = await place(tag, attributes, ticked);
    } finally {
      errors.restore();
    }
    const { wrapper, el } = placed;
    const root = el.shadowRoot!;
    const what = `<${tag}> ${JSON.stringify(attributes).slice(0, 120)} ${ticked ?? ''}`;

    expect(pageErrors, `${what}: page errors`).to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[CANARY], `${what}: injected script ran`).to.equal(
      undefined,
    );
    const named = Object.keys(attributes).length;
    expect(errors.calls.length, `${what}: logs at most once per attribute`).to.be.at.most(named);
    expect(root.childElementCount, `${what}: renders something`).to.be.greaterThan(0);

    const nodes = [...root.querySelectorAll('*')];
    const unexpected = nodes.map((node) => node.localName).filter((name) => !allowed.has(name));
    expect(unexpected, `${what}: elements it never renders`).to.deep.equal([]);
    const handlers = nodes.flatMap((node) => node.getAttributeNames().filter((name) => /^on/i.test(name)));
    expect(handlers, `${what}: event handler attributes`).to.deep.equal([]);
    const light = [...el.children].filter((child) => !child.matches('script[type="application/ld+json"]'));
    expect(
      light.map((child) => child.localName),
      `${what}: light DOM added`,
    ).to.deep.equal([]);
    expect(document.querySelector('hw-injected'), `${what}: injected into the page`).to.equal(null);

    for (const link of root.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      expect(href, `${what}: link scheme`).to.match(/^(https?:|mailto:|tel:|#|\/|\.)/i);
      if (!href.startsWith('tel:')) continue;
      // What the reader sees is one number, and the link dials exactly its digits.
      const shown = textOf(link);
      expect(shown, `${what}: a tel: link shows one number`).to.match(/^\+?[\d\s.()-]+$/);
      expect(href.slice(4), `${what}: a tel: link dials what it shows`).to.equal(digits(shown));
    }

    expect(
      overflowing(el).map((node) => `${node.localName}.${node.className}`),
      `${what}: overflowing`,
    ).to.deep.equal([]);
    expect(wrapper.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(320);
    el.remove();
  }
}

describe('hostile attribute values', function () {
  // Each test places its element once per value, in each of its states.
  this.timeout(120000);
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    localStorage.clear();
  });
  beforeEach(() => {
    pageErrors = [];
  });

  it('finds every element and its attributes', () => {
    expect(declarations.length).to.be.greaterThan(0);
    for (const { tagName } of declarations) expect(attributesOf(tagName!), tagName).to.not.be.empty;
  });

  for (const { tagName } of declarations) {
    const tag = tagName!;
    describe(`<${tag}>`, () => {
      for (const attribute of attributesOf(tag)) {
        it(`survives every hostile value of ${attribute}`, async () => {
          for (const value of HOSTILE) await expectSafe(tag, { [attribute]: value });
        });
      }

      // A framework writes a bound `false` as the text "false" (Vue, before the element is
      // defined): it means off, so that `persist="false"` stores nothing. Any other value is on.
      const booleans = (declarations.find((d) => d.tagName === tag)!.attributes ?? []).filter(
        (attribute) => attribute.type?.text === 'boolean',
      );
      if (booleans.length)
        it(`takes "false" in ${booleans.map((b) => b.name).join(', ')} as off, and any other value as on`, async () => {
          for (const { name, fieldName } of booleans)
            for (const [value, on] of [
              ['false', false],
              ['', true],
              [name, true],
              ['true', true],
              ['0', true],
            ] as const) {
              const { el } = await place(tag, { [name]: value });
              expect((el as unknown as Record<string, unknown>)[fieldName!], `${name}="${value}"`).to.equal(
                on,
              );
            }
        });

      it('survives hostile values in every attribute at once', async () => {
        for (const value of HOSTILE)
          await expectSafe(tag, Object.fromEntries(attributesOf(tag).map((name) => [name, value])));
      });
    });
  }
});
