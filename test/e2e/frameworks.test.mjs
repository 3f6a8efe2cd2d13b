// The packed package in a Vite + React 19 + TypeScript app, Preact and Solid TypeScript apps and a
// Vue 3 + TypeScript app, typed through the generated framework types (`health-widgets/react`,
// `/preact`, `/solid`, `/vue`). Each app type-checks, with the framework's own props (a ref,
// onClick, style) in JSX; a deliberately wrong prop, event detail or JSX ref fails the check, and
// the React app renders the four elements in Chromium and hears their events. The editor data
// (VS Code's custom data, JetBrains' web types) is checked last. Run after `npm run build`.
//
// The apps live under node_modules/.cache, so React, Preact, Solid, Vue, Vite and the compilers
// come from this repository's devDependencies; the package itself is unpacked from the tarball npm
// would publish.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launch, packTarball, renderedTags, ROOT, serve, TAGS } from './support.mjs';

const APPS = join(ROOT, 'node_modules/.cache/health-widgets/apps');

/** A fresh app folder holding `files`, with the packed package installed in its node_modules. */
function app(name, files) {
  const dir = join(APPS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so `health-widgets` is the installed copy, not this repository.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `${name}-app`, private: true, type: 'module' }),
  );
  const installed = join(dir, 'node_modules/health-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', packTarball(), '--strip-components=1', '-C', installed]);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Type-checks the app in `dir` once with a type-checker's bin, beside a copy of `app` with one
 * mistake per entry of `wrongs` (`src/<name>` holds it). Resolves to the exit status and the
 * errors reported for each file, so each mistake is checked on its own from one slow run.
 */
function typeCheck(dir, bin, app, wrongs) {
  for (const [file, [from, to]] of Object.entries(wrongs)) {
    assert.ok(app.includes(from), `${file}: the app holds ${from}`);
    writeFileSync(join(dir, 'src', file), app.replace(from, to));
  }
  const result = spawnSync(process.execPath, [join(ROOT, bin), '-p', '.', '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
  // One error per line that does not start with a space; its elaboration is indented below it.
  const errors = (result.stdout + result.stderr).split(/\n(?! )/).filter(Boolean);
  return {
    status: result.status,
    errorsIn: (file) => errors.filter((error) => error.startsWith(`src/${file}(`)).join('\n'),
    // Errors anywhere but in the files with mistakes: in the app, or in the package's types.
    unexpected: errors
      .filter((error) => !Object.keys(wrongs).some((file) => error.startsWith(`src/${file}(`)))
      .join('\n'),
  };
}

const tsconfig = (options) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      skipLibCheck: false,
      types: [],
      ...options,
    },
    include: ['src'],
  });

/** The React app: every element, typed props, and `on…` handlers that read typed details. */
const reactApp = `import 'health-widgets';
import type { HwPreventionChecklist } from 'health-widgets';
import type {} from 'health-widgets/react';
import { faqTopics, type Tier } from 'health-widgets/content';
import { useRef, useState } from 'react';

const faq = { ...faqTopics['back-spasms-walking']!, heading: 'Our own questions' };

export function App() {
  const [tier, setTier] = useState<Tier | 'none'>('none');
  const [opened, setOpened] = useState('');
  const [done, setDone] = useState(0);
  const checklist = useRef<HwPreventionChecklist>(null);
  return (
    <main>
      <hw-anatomy-table heading-level={2} />
      <hw-faq-accordion
        exclusive
        content={faq}
        onhw-faq-toggle={(event) => setOpened(event.detail.open ? event.detail.id : '')}
      />
      <hw-red-flag-checker
        emergency-number="999"
        heading-level="3"
        onhw-tier-change={(event) => setTier(event.detail.tier)}
      />
      <hw-prevention-checklist
        ref={checklist}
        onClick={(event) => console.log(event.target)}
        checked={['posture']}
        style={{ '--hw-color-accent': '#7b2d8e' }}
        onhw-checklist-change={(event) => setDone(event.detail.done)}
      />
      <p>
        Tier: <output id="tier">{tier}</output>. Open: <output id="opened">{opened}</output>. Done:{' '}
        <output id="done">{done}</output>.
      </p>
      <button type="button" onClick={() => checklist.current?.reset()}>
        Clear
      </button>
    </main>
  );
}
`;

describe('a Vite + React 19 + TypeScript app', () => {
  let dir;
  before(() => {
    dir = app('react', {
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
      'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>React app</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>`,
      'src/App.tsx': reactApp,
      'src/main.tsx': `import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
`,
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  let checked;
  before(() => {
    checked = typeCheck(dir, 'node_modules/typescript/bin/tsc', reactApp, {
      'WrongType.tsx': ['emergency-number="999"', 'emergency-number={999}'],
      'UnknownProp.tsx': ['exclusive\n', 'exclusiv\n'],
      'UnknownDetail.tsx': ['event.detail.tier', 'event.detail.symptoms'],
      'WrongAttribute.tsx': ['heading-level="3"', 'heading-level={{}}'],
      'WrongRef.tsx': ['useRef<HwPreventionChecklist>(null)', 'useRef<HTMLInputElement>(null)'],
    });
  });

  test('type-checks props, attributes written as in HTML, and event details', () => {
    assert.equal(checked.unexpected, '');
  });

  test('rejects a prop of the wrong type', () => {
    assert.notEqual(checked.status, 0);
    assert.match(checked.errorsIn('WrongType.tsx'), /Type 'number' is not assignable to type 'string'/);
  });

  test('rejects an attribute value HTML could not hold', () => {
    assert.match(checked.errorsIn('WrongAttribute.tsx'), /Type '\{\}' is not assignable to type/);
  });

  test('rejects a prop the element does not have', () => {
    assert.match(checked.errorsIn('UnknownProp.tsx'), /'exclusiv' does not exist/);
  });

  test("takes React's own props, and rejects a ref to another kind of element", () => {
    assert.match(checked.errorsIn('WrongRef.tsx'), /RefObject<HTMLInputElement \| null>' is not assignable/);
  });

  test('rejects reading an event detail that does not exist', () => {
    assert.match(checked.errorsIn('UnknownDetail.tsx'), /Property 'symptoms' does not exist/);
  });

  test('renders the four elements in Chromium, with properties set and events heard', async () => {
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: 'dist' },
    });
    const server = await serve(join(dir, 'dist'));
    const browser = await launch('chromium');
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('hw-prevention-checklist');
      const found = await renderedTags(page);
      for (const tag of TAGS) {
        assert.deepEqual(found[tag], [{ upgraded: true, rendered: true, error: false }], tag);
      }
      const text = (selector) => page.$eval(selector, (element) => element.textContent);
      // `content` and `checked` arrived as properties, not as attribute strings.
      assert.equal(
        await page.$eval('hw-faq-accordion', (el) => el.shadowRoot.querySelector('h2').textContent),
        'Our own questions',
      );
      assert.deepEqual(await page.$eval('hw-prevention-checklist', (el) => el.checked), ['posture']);
      // `heading-level="3"` arrived as the attribute, and the element read it.
      assert.equal(await page.$eval('hw-red-flag-checker', (el) => el.headingLevel), 3);
      // Each `on…` handler hears its element's event.
      await page.$eval('hw-faq-accordion', (el) => el.shadowRoot.querySelector('[part="button"]').click());
      await page.waitForFunction(() => document.querySelector('#opened').textContent !== '');
      await page.$eval('hw-red-flag-checker', (el) =>
        el.shadowRoot.querySelector('input[type="checkbox"]:not(#none-of-these)').click(),
      );
      await page.waitForFunction(() => document.querySelector('#tier').textContent !== 'none');
      assert.equal(await text('#tier'), await page.$eval('hw-red-flag-checker', (el) => el.tier));
      await page.$eval('hw-prevention-checklist', (el) =>
        el.shadowRoot.querySelector('input[type="checkbox"]:not(:checked)').click(),
      );
      await page.waitForFunction(() => document.querySelector('#done').textContent === '2');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

/**
 * An app that is only type-checked: its source passes, and each wrong copy of it fails with the
 * error given. `wrongs` maps a file name to [text in the source, what replaces it, the error].
 */
function describeTypedApp(title, name, tsconfigOptions, source, wrongs) {
  describe(title, () => {
    let dir;
    let checked;
    before(() => {
      dir = app(name, { 'tsconfig.json': tsconfig(tsconfigOptions), 'src/App.tsx': source });
      checked = typeCheck(dir, 'node_modules/typescript/bin/tsc', source, wrongs);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test("type-checks attributes, properties, event details and the framework's own props", () => {
      assert.equal(checked.unexpected, '');
    });

    for (const [file, [, wrong, error]] of Object.entries(wrongs)) {
      test(`rejects ${wrong}`, () => {
        assert.notEqual(checked.status, 0);
        assert.match(checked.errorsIn(file), error);
      });
    }
  });
}

/**
 * The Preact app: props, attributes as in HTML, `on…` handlers that read typed details, and
 * Preact's own props: a ref from useRef, onClick and a style with a custom property.
 */
const preactApp = `import type {} from 'health-widgets/preact';
import type { HwFaqAccordion } from 'health-widgets';
import type { Tier } from 'health-widgets/content';
import { useRef } from 'preact/hooks';

let tier: Tier | undefined;

export const App = () => {
  const faq = useRef<HwFaqAccordion>(null);
  return (
    <main>
      <hw-faq-accordion
        ref={faq}
        heading-level="3"
        structured-data=""
        exclusive={true}
        style="--hw-color-accent: #7b2d8e"
        onClick={(event) => event.currentTarget.show('walking')}
      />
      <hw-red-flag-checker
        emergency-number="999"
        style={{ '--hw-color-accent': '#7b2d8e' }}
        onhw-tier-change={(event) => (tier = event.detail.tier)}
      />
      <p>{tier}</p>
      <button type="button" onClick={() => faq.current?.focus()}>
        Focus
      </button>
    </main>
  );
};
`;

describeTypedApp(
  'a Preact + TypeScript app',
  'preact',
  { jsx: 'react-jsx', jsxImportSource: 'preact' },
  preactApp,
  {
    'WrongType.tsx': [
      'emergency-number="999"',
      'emergency-number={999}',
      /Type 'number' is not assignable to type 'string'/,
    ],
    'WrongAttribute.tsx': [
      'heading-level="3"',
      'heading-level={{}}',
      /Type '\{\}' is not assignable to type/,
    ],
    'WrongBoolean.tsx': [
      'structured-data=""',
      'structured-data="no"',
      /Type '"no"' is not assignable to type/,
    ],
    'UnknownProp.tsx': ['exclusive={true}', 'exclusiv={true}', /'exclusiv' does not exist/],
    'UnknownDetail.tsx': ['event.detail.tier', 'event.detail.symptoms', /Property 'symptoms' does not exist/],
    'WrongRef.tsx': [
      'useRef<HwFaqAccordion>(null)',
      'useRef<HTMLInputElement>(null)',
      /RefObject<HTMLInputElement \| null>' is not assignable/,
    ],
  },
);

// The app imports nothing from solid-js itself but its JSX runtime: the types must work on
// their own.
/**
 * The Solid app: `attr:`, `prop:`, `bool:` and `on:` keys with typed details, and Solid's own
 * props: a ref, onClick and a style with a custom property, as text and as an object.
 */
const solidApp = `import type {} from 'health-widgets/solid';
import type { HwFaqAccordion } from 'health-widgets';
import type { Tier } from 'health-widgets/content';

let tier: Tier | undefined;

export const App = () => {
  let faq!: HwFaqAccordion;
  return (
    <main>
      <hw-faq-accordion
        ref={faq}
        attr:heading-level="3"
        attr:topic="sciatica"
        attr:exclusive=""
        bool:structured-data={true}
        prop:open={['a']}
        style="--hw-color-accent: #7b2d8e"
        onClick={(event) => event.currentTarget.show('walking')}
      />
      <hw-red-flag-checker
        attr:emergency-number="999"
        style={{ '--hw-color-accent': '#7b2d8e' }}
        on:hw-tier-change={(event) => (tier = event.detail.tier)}
      />
      <p>{tier}</p>
      <button type="button" onClick={() => faq.focus()}>
        Focus
      </button>
    </main>
  );
};
`;

describeTypedApp(
  'a Solid + TypeScript app',
  'solid',
  { jsx: 'preserve', jsxImportSource: 'solid-js' },
  solidApp,
  {
    'WrongType.tsx': [
      'attr:emergency-number="999"',
      'attr:emergency-number={999}',
      /Type 'number' is not assignable to type 'string'/,
    ],
    'WrongAttribute.tsx': [
      'attr:heading-level="3"',
      'attr:heading-level={{}}',
      /Type '\{\}' is not assignable to type/,
    ],
    'WrongProp.tsx': [
      "prop:open={['a']}",
      'prop:open={[1]}',
      /Type 'number' is not assignable to type 'string'/,
    ],
    'UnknownProp.tsx': ["prop:open={['a']}", "prop:opn={['a']}", /'prop:opn' does not exist/],
    'UnknownDetail.tsx': ['event.detail.tier', 'event.detail.symptoms', /Property 'symptoms' does not exist/],
    'WrongRef.tsx': [
      'let faq!: HwFaqAccordion',
      'let faq!: HTMLInputElement',
      /Type 'HTMLInputElement' is not assignable to type 'HwFaqAccordion \|/,
    ],
  },
);

/** The Vue app: the elements as typed global components. */
const vueApp = `<script setup lang="ts">
import { ref } from 'vue';
import { faqTopics, type Tier } from 'health-widgets/content';

const faq = { ...faqTopics['back-spasms-walking']!, heading: 'Our own questions' };
const tier = ref<Tier>();
const done = ref(0);
</script>

<template>
  <hw-anatomy-table :heading-level="2" />
  <hw-faq-accordion exclusive heading-level="3" structured-data :content="faq" />
  <hw-red-flag-checker emergency-number="999" @hw-tier-change="(event) => (tier = event.detail.tier)" />
  <hw-prevention-checklist :checked="['posture']" @hw-checklist-change="(event) => (done = event.detail.done)" />
  <p>{{ tier }} {{ done }}</p>
</template>
`;

describe('a Vue 3 + TypeScript app', () => {
  let dir;
  before(() => {
    dir = app('vue', {
      // Strict templates: a prop the types do not offer is an error, not a fallthrough attribute.
      'tsconfig.json': JSON.stringify({
        ...JSON.parse(tsconfig({ jsx: 'preserve' })),
        vueCompilerOptions: { strictTemplates: true },
      }),
      'src/env.d.ts': `import type {} from 'health-widgets/vue';\n`,
      'src/main.ts': `import 'health-widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`,
      'src/App.vue': vueApp,
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  let checked;
  before(() => {
    checked = typeCheck(dir, 'node_modules/vue-tsc/bin/vue-tsc.js', vueApp, {
      'WrongType.vue': ['emergency-number="999"', ':emergency-number="999"'],
      'UnknownDetail.vue': ['event.detail.tier', 'event.detail.symptoms'],
      // The checker's tier is read only: Vue setting it would throw in the browser.
      'ReadOnly.vue': ['<hw-red-flag-checker ', `<hw-red-flag-checker :tier="'urgent'" `],
    });
  });

  test('type-checks props and event details', () => {
    assert.equal(checked.unexpected, '');
  });

  test('rejects a prop of the wrong type', () => {
    assert.notEqual(checked.status, 0);
    assert.match(checked.errorsIn('WrongType.vue'), /Type 'number' is not assignable to type 'string'/);
  });

  test('rejects reading an event detail that does not exist', () => {
    assert.match(checked.errorsIn('UnknownDetail.vue'), /Property 'symptoms' does not exist/);
  });

  test('offers no read-only property as a prop', () => {
    assert.match(checked.errorsIn('ReadOnly.vue'), /tier/);
  });
});

describe('the editor data', () => {
  const frameworks = join(ROOT, 'dist/frameworks');
  const text = (file) => readFileSync(join(frameworks, file), 'utf8');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

  test('names no default where there is none', () => {
    for (const file of ['vscode.html-custom-data.json', 'web-types.json', 'vue.d.ts', 'jsx.d.ts']) {
      assert.doesNotMatch(text(file), /default: `?undefined/, file);
      // A default given in a description is still there.
      assert.match(text(file), /--hw-line-height\W+Line height\. Default 1\.5\./, file);
    }
  });

  test("gives VS Code each attribute's values: none for a boolean, the levels, the element's topics", async () => {
    const { topicIndex } = await import(join(ROOT, 'dist/content.js'));
    const html = JSON.parse(text('vscode.html-custom-data.json'));
    for (const element of elements) {
      const tag = html.tags.find((item) => item.name === element.tagName);
      const valuesOf = (name) => tag.attributes.find((attribute) => attribute.name === name);
      for (const attribute of element.attributes ?? []) {
        if (attribute.type?.text === 'boolean')
          assert.equal(valuesOf(attribute.name).valueSet, 'v', attribute.name);
      }
      assert.deepEqual(
        valuesOf('heading-level').values.map((value) => value.name),
        ['2', '3', '4', '5', '6'],
      );
      assert.deepEqual(
        valuesOf('topic').values.map((value) => value.name),
        topicIndex.filter((topic) => topic.widgets.includes(element.tagName)).map((topic) => topic.id),
      );
    }
    assert.deepEqual(
      html.tags
        .find((item) => item.name === 'hw-prevention-checklist')
        .attributes.find((a) => a.name === 'persist').valueSet,
      'v',
    );
  });

  test('gives defaults as values, not as the names of constants in the source', () => {
    const webTypes = JSON.parse(text('web-types.json'));
    const defaults = webTypes.contributions.html.elements.flatMap((element) =>
      element.attributes.map((attribute) => [`${element.name} ${attribute.name}`, attribute.value.default]),
    );
    assert.ok(defaults.some(([, value]) => value === "'back-spasms-walking'"));
    for (const [name, value] of defaults) assert.doesNotMatch(String(value), /^[A-Z_]+$/, name);
  });

  const publicMethods = (element) =>
    (element.members ?? []).filter(
      (member) => member.kind === 'method' && (member.privacy ?? 'public') === 'public',
    );

  test('documents the public methods only, with no empty Methods heading', () => {
    const html = JSON.parse(text('vscode.html-custom-data.json'));
    const webTypes = JSON.parse(text('web-types.json'));
    for (const element of elements) {
      const methods = publicMethods(element);
      const docs = [
        html.tags.find((tag) => tag.name === element.tagName).description,
        webTypes.contributions.html.elements.find((tag) => tag.name === element.tagName).description,
      ];
      for (const doc of docs) {
        assert.equal(doc.includes('**Methods:**'), methods.length > 0, element.tagName);
        for (const method of methods) assert.ok(doc.includes(`**${method.name}(`), method.name);
        assert.doesNotMatch(doc, /renderContent|contentChanged/, element.tagName);
      }
    }
    const withMethods = elements.filter((element) => publicMethods(element).length);
    assert.equal(text('vue.d.ts').split('### **Methods:**').length - 1, withMethods.length);
  });

  test("VS Code's CSS data lists each custom property and part once, with the elements that use it", () => {
    const css = JSON.parse(text('vscode.css-custom-data.json'));
    for (const [list, entries, name] of [
      ['cssProperties', css.properties, (item) => item.name],
      ['cssParts', css.pseudoElements, (item) => `::part(${item.name})`],
    ]) {
      const names = entries.map((entry) => entry.name);
      assert.deepEqual(names, [...new Set(names)], `${list}: each once`);
      const users = new Map();
      for (const element of elements)
        for (const item of element[list] ?? [])
          users.set(name(item), [...(users.get(name(item)) ?? []), [element.tagName, item.description]]);
      assert.deepEqual(names.toSorted(), [...users.keys()].toSorted(), `${list}: every one`);
      for (const entry of entries)
        for (const [tag, description] of users.get(entry.name)) {
          assert.ok(entry.description.includes(tag), `${entry.name} names ${tag}`);
          assert.ok(entry.description.includes(description), `${entry.name} says what it does in ${tag}`);
        }
    }
    const font = css.properties.find((entry) => entry.name === '--hw-font-family');
    assert.equal(
      font.description,
      `Font of the widget. Default: the page's.\n\nUsed by ${TAGS.toSorted().join(', ')}.`,
    );
  });
});
