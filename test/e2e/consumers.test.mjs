// The packed package, installed into fresh projects the way users install it: a plain HTML page
// (in Chromium, Firefox and WebKit), a strict TypeScript project, and a rollup bundle of one
// element. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { loadedBeforeRender } from '../../scripts/first-load.mjs';
import { consumerProject, launch, openWebKit, renderedTags, ROOT, serve, TAGS } from './support.mjs';

/** A consumer's code: typed content, a property and an event listener. */
const typed = `import 'health-widgets';
import type { FaqContent, RedFlagContent, Tier } from 'health-widgets/content';
import { faqTopics } from 'health-widgets/content';

const faq = document.querySelector('hw-faq-accordion');
if (faq) {
  const content: FaqContent = faqTopics['back-spasms-walking']!;
  faq.content = { ...content, heading: 'Our own questions' };
}

document.querySelector('hw-red-flag-checker')?.addEventListener('hw-tier-change', (event) => {
  const tier: Tier = event.detail.tier;
  console.log(tier);
});

// Every event bubbles out of its shadow root: one listener on the document hears them all.
document.addEventListener('hw-faq-toggle', (event) => console.log(event.detail.id, event.detail.open));
window.addEventListener('hw-content-error', (event) => console.log(event.detail.problems.length));

export type Checked = RedFlagContent['groups'][number]['flags'][number]['tier'];
`;

// One fresh project, with the packed package installed, serves every consumer below.
let project;
before(() => {
  project = consumerProject({
    'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain page</title>
    <script type="module" src="node_modules/health-widgets/dist/cdn/health-widgets.js"></script>
  </head>
  <body>
    ${TAGS.map((tag) => `<${tag}></${tag}>`).join('\n    ')}
  </body>
</html>`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
        types: [],
      },
      include: ['*.ts'],
    }),
    'typed.ts': typed,
    ...Object.fromEntries(TAGS.map((tag) => [`${tag}.js`, `import 'health-widgets/${tag.slice(3)}';\n`])),
    'everything.js': `import 'health-widgets';\n`,
  });
});
after(() => project?.remove());

describe('the installed package', () => {
  test('holds every file of its own that README links to', () => {
    const installed = join(project.dir, 'node_modules/health-widgets');
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    // Relative links, such as [CHANGELOG.md](CHANGELOG.md), not web addresses or anchors.
    const linked = [...readme.matchAll(/\]\((?![a-z]+:|#)([^)#\s]+)/g)].map((match) => match[1]);
    assert.ok(linked.includes('CHANGELOG.md'), linked.join(', '));
    assert.deepEqual(
      linked.filter((file) => !existsSync(join(installed, file))),
      [],
    );
  });
});

describe('a plain HTML page that loads the CDN file', () => {
  let server;
  before(async () => {
    server = await serve(project.dir);
  });
  after(() => server?.close());

  for (const browserName of ['chromium', 'firefox']) {
    test(`renders all four elements in ${browserName}`, async () => {
      const browser = await launch(browserName);
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
        const found = await renderedTags(page);
        for (const tag of TAGS) {
          assert.deepEqual(found[tag], [{ upgraded: true, rendered: true, error: false }], tag);
        }
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }

  test('renders all four elements in webkit', async () => {
    const page = await openWebKit();
    try {
      // WebDriver reports no page errors: the page records its own.
      await page.goto(`${server.url}/index.html?record`);
      const found = await renderedTags(page);
      for (const tag of TAGS) {
        assert.deepEqual(found[tag], [{ upgraded: true, rendered: true, error: false }], tag);
      }
      assert.deepEqual((await page.recorded()).errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('a strict TypeScript project', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  /** Type-checks the project, with `wrong.ts` beside `typed.ts` when given. */
  function typeCheck(wrong) {
    const wrongFile = join(project.dir, 'wrong.ts');
    if (wrong) writeFileSync(wrongFile, wrong);
    try {
      return spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], {
        cwd: project.dir,
        encoding: 'utf8',
      });
    } finally {
      rmSync(wrongFile, { force: true });
    }
  }

  test('type-checks content, properties and events', () => {
    const result = typeCheck();
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('rejects content of the wrong type', () => {
    const result = typeCheck(typed.replace("heading: 'Our own questions'", 'heading: 42'));
    assert.notEqual(result.status, 0);
    assert.match(result.stdout, /wrong\.ts.*Type 'number' is not assignable to type 'string'/);
  });

  test('rejects reading an event detail that does not exist', () => {
    const result = typeCheck(typed.replace('event.detail.tier', 'event.detail.symptoms'));
    assert.notEqual(result.status, 0);
    assert.match(result.stdout, /wrong\.ts.*Property 'symptoms' does not exist/);
  });

  /**
   * Type-checks `code` as the only file of a project that extends the one above, with its own
   * compiler options, then removes the file and its config.
   */
  function typeCheckAlone(file, code, compilerOptions = {}) {
    const config = join(project.dir, `tsconfig.${file}.json`);
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', compilerOptions, include: [file] }));
    writeFileSync(join(project.dir, file), code);
    try {
      return spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], {
        cwd: project.dir,
        encoding: 'utf8',
      });
    } finally {
      rmSync(config, { force: true });
      rmSync(join(project.dir, file), { force: true });
    }
  }

  /**
   * `code` type-checks alone; with `mistake` ([what, replacement]) made, it fails with `error`,
   * reported in the file.
   */
  function typeChecksUnlessWrong(file, code, mistake, error, compilerOptions = {}) {
    const right = typeCheckAlone(file, code, compilerOptions);
    assert.equal(right.status, 0, right.stdout + right.stderr);
    const wrong = typeCheckAlone(file, code.replace(...mistake), compilerOptions);
    assert.match(wrong.stdout, new RegExp(`${file.replace('.', '\\.')}.*${error.source}`));
  }

  test('types events for a project that imports one element only', () => {
    const code = `import 'health-widgets/faq-accordion';

const faq = document.querySelector('hw-faq-accordion');
faq?.addEventListener('hw-faq-toggle', (event) => console.log(event.detail.open));
document.addEventListener('hw-content-error', (event) => console.log(event.detail.problems));
`;
    typeChecksUnlessWrong(
      'one-element.ts',
      code,
      ['event.detail.problems', 'event.detail.symptoms'],
      /Property 'symptoms' does not exist/,
    );
  });

  test('type-checks a Node project that renders on the server, without the DOM library', () => {
    const code = `import { ELEMENTS, renderWidget, WidgetContentError, type ElementName } from 'health-widgets/server';

const tags: readonly ElementName[] = ELEMENTS;
export const pages: Promise<string>[] = tags.map((tag) => renderWidget(tag, { attributes: { 'heading-level': 3 } }));
export const aboutContent = (error: unknown): boolean => error instanceof WidgetContentError && error.kind === 'content';
`;
    typeChecksUnlessWrong(
      'render.ts',
      code,
      ['renderWidget(tag,', "renderWidget('hw-nothing',"],
      /'"hw-nothing"' is not assignable/,
      { lib: ['ES2022'] },
    );
  });

  test('clears optional properties under exactOptionalPropertyTypes, as they clear at run time', () => {
    const code = `import type { HwFaqAccordion, HwRedFlagChecker } from 'health-widgets';

export function clear(faq: HwFaqAccordion, checker: HwRedFlagChecker): void {
  faq.content = undefined;
  faq.headingLevel = undefined;
  checker.emergencyNumber = undefined;
  checker.urgentService = undefined;
}
`;
    typeChecksUnlessWrong(
      'clear.ts',
      code,
      ['faq.headingLevel = undefined', "faq.headingLevel = '3'"],
      /not assignable to type 'number'/,
      { exactOptionalPropertyTypes: true },
    );
  });

  test('types events heard on the document and the window too', () => {
    for (const wrong of ['event.detail.open', 'event.detail.problems']) {
      const result = typeCheck(typed.replace(wrong, 'event.detail.symptoms'));
      assert.notEqual(result.status, 0, wrong);
      assert.match(result.stdout, /wrong\.ts.*Property 'symptoms' does not exist/, wrong);
    }
  });
});

/** Text only each element's bundled content holds: its heading. */
const OWN_TEXT = {
  'hw-anatomy-table': 'Muscles that work when you walk',
  'hw-faq-accordion': 'Questions people ask',
  'hw-red-flag-checker': 'Check for warning signs',
  'hw-prevention-checklist': 'Habits that may help prevent back spasms',
};

/** Rollup's output for one file of the consumer project, resolving the installed package. */
async function rollupOutput(file, options = {}) {
  const bundle = await rollup({
    input: join(project.dir, file),
    plugins: [nodeResolve({ rootDir: project.dir })],
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'es', ...options });
  await bundle.close();
  return output;
}

/** Bundles one entry of the installed package, as an app's bundler would. */
const bundlers = {
  async rollup(file) {
    const [chunk] = await rollupOutput(file, { inlineDynamicImports: true });
    return chunk.code;
  },
  async esbuild(file) {
    const result = await build({
      entryPoints: [join(project.dir, file)],
      bundle: true,
      format: 'esm',
      write: false,
      absWorkingDir: project.dir,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  },
};

for (const [name, bundleOf] of Object.entries(bundlers)) {
  describe(`one element bundled with ${name}`, () => {
    for (const tag of TAGS) {
      test(`of <${tag}> holds no other element's code or content`, async () => {
        const code = await bundleOf(`${tag}.js`);
        assert.ok(code.includes(`'${tag}'`) || code.includes(`"${tag}"`), `defines ${tag}`);
        assert.ok(code.includes(OWN_TEXT[tag]), `holds its own content`);
        for (const other of TAGS.filter((item) => item !== tag)) {
          const className = other.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
          assert.ok(!code.includes(other), `${tag}'s bundle mentions ${other}`);
          assert.ok(!code.includes(className), `${tag}'s bundle holds ${className}`);
          assert.ok(!code.includes(OWN_TEXT[other]), `${tag}'s bundle holds ${other}'s content`);
        }
      });
    }
  });
}

/**
 * What an app's bundle runs before first render when it imports `file`: the code of its entry
 * chunk and every chunk that imports statically, with code splitting on, as apps build.
 */
const firstLoad = {
  async rollup(file) {
    const output = await rollupOutput(file);
    const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
    const entry = output.find((chunk) => chunk.isEntry).fileName;
    const loaded = loadedBeforeRender(entry, (name) => chunks.get(name).imports);
    return [...loaded].map((name) => chunks.get(name).code).join('\n');
  },
  async esbuild(file) {
    const result = await build({
      entryPoints: [join(project.dir, file)],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: join(project.dir, 'out'),
      write: false,
      metafile: true,
      absWorkingDir: project.dir,
      logLevel: 'silent',
    });
    const { outputs } = result.metafile;
    const texts = new Map(result.outputFiles.map((out) => [relative(project.dir, out.path), out.text]));
    // Each chunk a dynamic import() loads is an entry point too: start from the file's own.
    const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === file);
    const loaded = loadedBeforeRender(entry, (name) =>
      outputs[name].imports.filter(({ kind }) => kind === 'import-statement').map(({ path }) => path),
    );
    return [...loaded].map((name) => texts.get(name)).join('\n');
  },
};

// Words only another topic's FAQ holds, and words only the content validator holds.
const OTHER_TOPIC = 'What is sciatica';
const VALIDATOR = 'unknown field';

for (const [name, loadOf] of Object.entries(firstLoad)) {
  describe(`import 'health-widgets' bundled with ${name}`, () => {
    test('registers all four elements, without the other topics', async () => {
      const code = await loadOf('everything.js');
      for (const tag of TAGS)
        assert.ok(code.includes(`'${tag}'`) || code.includes(`"${tag}"`), `defines ${tag}`);
      assert.ok(code.includes(OWN_TEXT['hw-faq-accordion']), 'holds the default topic');
      assert.ok(!code.includes(OTHER_TOPIC), 'holds another topic before first render');
      // esbuild puts a file that a lazy chunk uses in every chunk that reaches it, used or not,
      // so only rollup (and Vite, which builds with it) leaves the validator out.
      if (name === 'rollup') assert.ok(!code.includes(VALIDATOR), 'holds the validator before first render');
    });
  });
}
