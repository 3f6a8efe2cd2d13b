// The npm hydrate entry as an app's bundler builds it: `health-widgets/hydrate` first, then the
// elements, bundled by esbuild with and without code splitting. With splitting, esbuild puts Lit
// in a chunk that runs before the hydrate support, so LitElement never asks for the support on
// its own; the entry must still make every pre-rendered widget take over its server HTML, not
// draw a second copy below it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { renderWidget } from '../../dist/server.js';
import { faqTopics } from '../../dist/content.js';
import { openPage, ROOT, serve, TAGS } from './support.mjs';

const DIR = join(ROOT, 'node_modules/.cache/health-widgets-hydrate-bundled');
const ENTRY = `import '${ROOT}/dist/hydrate.js';
${TAGS.map((tag) => `import '${ROOT}/dist/${tag.slice(3)}.js';`).join('\n')}
`;
const FAQ = { ...faqTopics['back-spasms-walking'], heading: 'Our own questions' };

let server;
before(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'entry.js'), ENTRY);
  const widgets = await Promise.all(
    TAGS.map((tag) => renderWidget(tag, tag === 'hw-faq-accordion' ? { content: FAQ } : {})),
  );
  for (const splitting of [true, false]) {
    const out = join(DIR, splitting ? 'split' : 'single');
    await build({
      entryPoints: [join(DIR, 'entry.js')],
      bundle: true,
      format: 'esm',
      splitting,
      outdir: out,
      logLevel: 'silent',
    });
    writeFileSync(
      join(out, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Pre-rendered, hydrated by a bundle</title></head>
  <body>
    ${widgets.join('\n    ')}
    <script type="module" src="entry.js"></script>
  </body>
</html>`,
    );
  }
  server = await serve(DIR);
});
after(() => {
  server?.close();
  rmSync(DIR, { recursive: true, force: true });
});

describe('the npm hydrate entry, bundled by esbuild', () => {
  for (const splitting of [true, false]) {
    test(`takes over every pre-rendered widget without drawing it again, ${splitting ? 'with' : 'without'} code splitting, in chromium`, async () => {
      const { page, errors, close } = await openPage(
        'chromium',
        `${server.url}/${splitting ? 'split' : 'single'}/index.html`,
      );
      try {
        const seen = await page.evaluate(async (tags) => {
          const found = {};
          for (const tag of tags) {
            const host = document.querySelector(tag);
            await customElements.whenDefined(tag);
            for (let i = 0; i < 3; i++) await host.updateComplete;
            found[tag] = {
              hydrated: host.hasUpdated,
              headings: [...host.shadowRoot.querySelectorAll('[part="heading"]')].map((h) =>
                h.textContent.trim(),
              ),
            };
          }
          return found;
        }, TAGS);
        for (const tag of TAGS) {
          assert.equal(seen[tag].hydrated, true, `${tag} hydrated`);
          assert.equal(seen[tag].headings.length, 1, `${tag} drawn once: ${seen[tag].headings.join(' | ')}`);
        }
        assert.deepEqual(seen['hw-faq-accordion'].headings, ['Our own questions']);
        // And it works: a question closes its answer, in the server's nodes.
        const toggled = await page.evaluate(async () => {
          const host = document.querySelector('hw-faq-accordion');
          const button = host.shadowRoot.querySelector('[part~="button"]');
          button.click();
          await host.updateComplete;
          return [button.isConnected, button.getAttribute('aria-expanded')];
        });
        assert.deepEqual(toggled, [true, 'false']);
        assert.deepEqual(await errors(), []);
      } finally {
        await close();
      }
    });
  }
});
