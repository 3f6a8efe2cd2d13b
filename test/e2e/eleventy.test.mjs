// A real site: Eleventy 3 builds pages with pre-rendered widgets from the packed package, through
// a shortcode that calls health-widgets/server. The pages show the widgets with scripts blocked,
// and the CDN file copied beside them hydrates them. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { consumerProject, launch, serve, TAGS } from './support.mjs';

const CONFIG = `import { renderWidget } from 'health-widgets/server';

export default function (eleventyConfig) {
  // {% widget "hw-faq-accordion", { attributes: { "structured-data": true } } %}
  eleventyConfig.addAsyncShortcode('widget', (tag, options) => renderWidget(tag, options));
  eleventyConfig.addPassthroughCopy({ 'node_modules/health-widgets/dist/cdn': 'cdn' });
}
`;

const LAYOUT = (body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Back spasms when walking</title>
    <script type="module" src="/cdn/health-widgets.js"></script>
  </head>
  <body>
    <main>
      <h1>Back spasms when walking</h1>
${body}
    </main>
  </body>
</html>
`;

const INDEX = LAYOUT(`      {% widget "hw-anatomy-table" %}
      {% widget "hw-faq-accordion", { attributes: { "structured-data": true } } %}
      {% widget "hw-red-flag-checker", { attributes: { "emergency-number": "999" } } %}
      {% widget "hw-prevention-checklist" %}`);

let project;
let server;
before(() => {
  project = consumerProject(
    { 'eleventy.config.js': CONFIG, 'src/index.njk': INDEX },
    { '@11ty/eleventy': '^3.1.8' },
  );
});
after(async () => {
  await server?.close();
  project?.remove();
});

const eleventy = (...args) =>
  spawnSync(join(project.dir, 'node_modules/.bin/eleventy'), ['--input=src', '--output=_site', ...args], {
    cwd: project.dir,
    encoding: 'utf8',
  });

describe('an Eleventy site', () => {
  test('builds, every widget pre-rendered with its shadow root declared', async () => {
    const { status, stderr } = eleventy();
    assert.equal(status, 0, stderr);
    const html = readFileSync(join(project.dir, '_site/index.html'), 'utf8');
    for (const tag of TAGS)
      assert.match(
        html,
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`),
      );
    assert.match(html, /<script type="application\/ld\+json">/);
    server = await serve(join(project.dir, '_site'), (path) =>
      path.startsWith('/no-js') ? { 'content-security-policy': "script-src 'none'" } : {},
    );
  });

  test('invalid content stops the build with the problems, by path', async () => {
    const bad = consumerProject(
      {
        'eleventy.config.js': CONFIG,
        'src/index.njk': LAYOUT(`{% widget "hw-faq-accordion", { json: '{"heading": "Questions"}' } %}`),
      },
      { '@11ty/eleventy': '^3.1.8' },
    );
    try {
      const { status, stderr, stdout } = spawnSync(
        join(bad.dir, 'node_modules/.bin/eleventy'),
        ['--input=src', '--output=_site'],
        { cwd: bad.dir, encoding: 'utf8' },
      );
      assert.notEqual(status, 0);
      assert.match(stderr + stdout, /<hw-faq-accordion> invalid content:\n(\[11ty\] )?meta: is required/);
    } finally {
      bad.remove();
    }
  });

  for (const browserName of ['chromium', 'firefox']) {
    test(`its page shows the widgets before the script, and the CDN file hydrates them, in ${browserName}`, async () => {
      assert.ok(server, 'the site was built');
      const browser = await launch(browserName);
      const release = server.hold('/cdn/health-widgets.js');
      try {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        const loaded = tab.goto(`${server.url}/`, { waitUntil: 'load' });
        let shown = [];
        for (let tries = 0; tries < 200 && shown.length < TAGS.length; tries++) {
          shown = await tab
            .evaluate(
              (tags) =>
                tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.innerText),
              TAGS,
            )
            .catch(() => []);
          if (shown.length < TAGS.length) await new Promise((done) => setTimeout(done, 50));
        }
        assert.deepEqual(shown, TAGS, 'every widget shows its heading before the script runs');
        assert.equal(await tab.evaluate(() => customElements.get('hw-faq-accordion')), undefined);
        await tab.evaluate(() => {
          window.serverNodes = [
            ...document.querySelector('hw-anatomy-table').shadowRoot.querySelectorAll('*'),
          ];
        });
        release();
        await loaded;
        const result = await tab.evaluate(async (tags) => {
          await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
          for (const tag of tags) await document.querySelector(tag).updateComplete;
          const now = [...document.querySelector('hw-anatomy-table').shadowRoot.querySelectorAll('*')];
          return {
            hydrated: tags.every((tag) => document.querySelector(tag).hasUpdated),
            sameNodes:
              now.length === window.serverNodes.length &&
              now.every((node, i) => node === window.serverNodes[i]),
            boxes: document.querySelector('hw-red-flag-checker').shadowRoot.querySelectorAll('input').length,
          };
        }, TAGS);
        assert.deepEqual(result, { hydrated: true, sameNodes: true, boxes: result.boxes });
        assert.ok(result.boxes > 0, 'the checker became interactive');
        assert.deepEqual(errors, []);
      } finally {
        release();
        await browser.close();
      }
    });
  }
});
