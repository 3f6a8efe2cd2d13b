// The packed package in a Vite + React 19 + TypeScript app and a Vue 3 + TypeScript app, typed
// through the generated framework types (`health-widgets/react`, `health-widgets/vue`). Each app
// type-checks, a deliberately wrong prop or event detail fails the check, and the React app
// renders the four elements in Chromium and hears their events. Run after `npm run build`.
//
// The apps live under node_modules/.cache, so React, Vue, Vite and the compilers come from this
// repository's devDependencies; the package itself is unpacked from the tarball npm would publish.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
import type {} from 'health-widgets/react';
import { faqTopics, type Tier } from 'health-widgets/content';
import { useState } from 'react';

const faq = { ...faqTopics['back-spasms-walking']!, heading: 'Our own questions' };

export function App() {
  const [tier, setTier] = useState<Tier | 'none'>('none');
  const [opened, setOpened] = useState('');
  const [done, setDone] = useState(0);
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
        onhw-tier-change={(event) => setTier(event.detail.tier)}
      />
      <hw-prevention-checklist
        checked={['posture']}
        style={{ '--hw-color-accent': '#7b2d8e' }}
        onhw-checklist-change={(event) => setDone(event.detail.done)}
      />
      <p>
        Tier: <output id="tier">{tier}</output>. Open: <output id="opened">{opened}</output>. Done:{' '}
        <output id="done">{done}</output>.
      </p>
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
    });
  });

  test('type-checks props and event details', () => {
    assert.equal(checked.unexpected, '');
  });

  test('rejects a prop of the wrong type', () => {
    assert.notEqual(checked.status, 0);
    assert.match(checked.errorsIn('WrongType.tsx'), /Type 'number' is not assignable to type 'string'/);
  });

  test('rejects a prop the element does not have', () => {
    assert.match(checked.errorsIn('UnknownProp.tsx'), /'exclusiv' does not exist/);
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
  <hw-faq-accordion exclusive :content="faq" />
  <hw-red-flag-checker emergency-number="999" @hw-tier-change="(event) => (tier = event.detail.tier)" />
  <hw-prevention-checklist :checked="['posture']" @hw-checklist-change="(event) => (done = event.detail.done)" />
  <p>{{ tier }} {{ done }}</p>
</template>
`;

describe('a Vue 3 + TypeScript app', () => {
  let dir;
  before(() => {
    dir = app('vue', {
      'tsconfig.json': tsconfig({ jsx: 'preserve' }),
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
});
