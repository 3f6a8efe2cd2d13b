// The built package on real pages: the publisher's article, a strict Content-Security-Policy,
// two copies on one page, and no network traffic. Run after `npm run build`.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, renderedTags, ROOT, serve, TAGS } from './support.mjs';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // lit-html creates one Trusted Types policy, named after itself; the FAQ's structured data uses
  // a policy named health-widgets.
  'trusted-types lit-html health-widgets',
].join('; ');

let server;
before(async () => {
  server = await serve(ROOT, (path) =>
    path === '/test/e2e/pages/csp.html' ? { 'content-security-policy': CSP } : {},
  );
});
after(() => server.close());

/** Opens a page in a fresh browser and collects its errors, warnings and requests. */
async function open(browserName, path, { viewport = { width: 1000, height: 800 }, beforeLoad } = {}) {
  const browser = await launch(browserName);
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const log = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  page.on('request', (request) => log.requests.push(request.url()));
  await beforeLoad?.(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete)));
  return { browser, page, log };
}

const allRendered = (found) =>
  TAGS.every(
    (tag) => found[tag].length > 0 && found[tag].every((el) => el.upgraded && el.rendered && !el.error),
  );

describe("the publisher's article page", () => {
  for (const browserName of ['chromium', 'firefox']) {
    test(`renders all four elements from the CDN file in ${browserName}`, async () => {
      const { browser, page, log } = await open(browserName, '/examples/article.html');
      try {
        const found = await renderedTags(page);
        assert.ok(allRendered(found), JSON.stringify(found));
        assert.deepEqual(log.errors, []);
      } finally {
        await browser.close();
      }
    });
  }

  for (const browserName of ['chromium', 'firefox']) {
    test(`is axe-clean, shadow roots included, in ${browserName}`, async () => {
      const { browser, page } = await open(browserName, '/examples/article.html');
      try {
        await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        assert.deepEqual(violations, []);
      } finally {
        await browser.close();
      }
    });
  }

  for (const viewport of [
    { width: 1000, height: 2000 },
    { width: 390, height: 844 },
  ]) {
    test(`does not shift its layout while the elements upgrade (CLS ≤ 0.01), ${viewport.width} px wide, in chromium`, async () => {
      const { browser, page } = await open('chromium', '/examples/article.html', {
        viewport,
        beforeLoad: (page) =>
          page.evaluateOnNewDocument(() => {
            window.layoutShift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries())
                if (!entry.hadRecentInput) window.layoutShift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          }),
      });
      try {
        await new Promise((done) => setTimeout(done, 500));
        const shift = await page.evaluate(() => window.layoutShift);
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
      } finally {
        await browser.close();
      }
    });
  }

  for (const browserName of ['chromium', 'firefox']) {
    test(`makes no network request of its own while rendering or in use, in ${browserName}`, async () => {
      const { browser, page, log } = await open(browserName, '/examples/article.html', {
        // Interception on: anything not from this server is recorded and stopped.
        beforeLoad: async (page) => {
          await page.setRequestInterception(true);
          page.on('request', (request) =>
            request.url().startsWith(server.url) ? request.continue() : request.abort(),
          );
        },
      });
      try {
        // data: URLs (a browser's built-in font, say) never reach the network.
        const network = () => log.requests.filter((url) => /^(https?|wss?):/.test(url));
        const atLoad = network()
          .map((url) => new URL(url).pathname)
          .sort();
        assert.deepEqual(atLoad, [
          '/dist/cdn/health-widgets.js',
          '/examples/article.css',
          '/examples/article.html',
          '/examples/reserve-space.css',
        ]);
        // Use every element: tick every box, open every question, press every button.
        const used = await page.evaluate(async () => {
          let count = 0;
          for (const host of document.querySelectorAll(
            'hw-anatomy-table, hw-faq-accordion, hw-red-flag-checker, hw-prevention-checklist',
          )) {
            for (const control of host.shadowRoot.querySelectorAll('button, input[type="checkbox"]')) {
              control.click();
              count++;
            }
            await host.updateComplete;
          }
          return count;
        });
        await new Promise((done) => setTimeout(done, 300));
        assert.ok(used > 20, `used ${used} controls`);
        assert.deepEqual(network().slice(atLoad.length), [], 'requests while in use');
      } finally {
        await browser.close();
      }
    });
  }
});

describe('a strict Content-Security-Policy with Trusted Types', () => {
  test('renders all four elements with no violation, in chromium', async () => {
    const { browser, page, log } = await open('chromium', '/test/e2e/pages/csp.html');
    try {
      const found = await renderedTags(page);
      assert.ok(allRendered(found), JSON.stringify(found));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(log.errors, []);
    } finally {
      await browser.close();
    }
  });
});

describe('two copies of the library on one page', () => {
  for (const browserName of ['chromium', 'firefox']) {
    test(`cost one warning and no exception, in ${browserName}`, async () => {
      const { browser, page, log } = await open(browserName, '/test/e2e/pages/two-copies.html');
      try {
        const found = await renderedTags(page);
        assert.ok(allRendered(found), JSON.stringify(found));
        assert.deepEqual(log.errors, []);
        assert.equal(
          log.warnings.filter((text) => text.includes('health-widgets')).length,
          1,
          log.warnings.join('\n'),
        );
      } finally {
        await browser.close();
      }
    });
  }
});

describe('a checklist with persist', () => {
  for (const browserName of ['chromium', 'firefox']) {
    test(`keeps its ticks through a real page reload, in ${browserName}`, async () => {
      const { browser, page } = await open(browserName, '/test/e2e/pages/persist.html');
      const ticked = () =>
        page.evaluate(async () => {
          const checklist = document.querySelector('hw-prevention-checklist');
          await checklist.updateComplete;
          return [...checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')]
            .filter((box) => box.checked)
            .map((box) => box.id);
        });
      try {
        await page.evaluate(() => localStorage.clear());
        await page.reload({ waitUntil: 'load' });
        assert.deepEqual(await ticked(), []);
        await page.evaluate(async () => {
          const boxes = document
            .querySelector('hw-prevention-checklist')
            .shadowRoot.querySelectorAll('input');
          boxes[0].click();
          boxes[2].click();
        });
        const before = await ticked();
        assert.equal(before.length, 2);
        await page.reload({ waitUntil: 'load' });
        assert.deepEqual(await ticked(), before);
      } finally {
        await browser.close();
      }
    });
  }
});
