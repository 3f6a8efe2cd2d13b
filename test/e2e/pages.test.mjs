// The built package on real pages: the publisher's article, a strict Content-Security-Policy,
// two copies on one page, and no network traffic, in Chromium, Firefox and WebKit. Run after
// `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { anatomyTopics } from '../../dist/content.js';
import { launch, openWebKit, renderedTags, ROOT, serve, TAGS } from './support.mjs';

const BROWSERS = ['chromium', 'firefox', 'webkit'];

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

/**
 * Opens a page in a fresh browser. Resolves to `{ page, logs, close }`: `logs()` gives the page's
 * errors and warnings. In WebKit, whose WebDriver reports neither, the page records them itself.
 */
async function open(browserName, path, { viewport = { width: 1000, height: 800 }, beforeLoad } = {}) {
  // Waits for every element on the page to be defined (the script may still be loading), then
  // for each to finish its updates, writing any JSON-LD block included.
  const settle = (page) =>
    page.evaluate(async (tags) => {
      await Promise.all(
        tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)),
      );
      await Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete));
    }, TAGS);
  if (browserName === 'webkit') {
    const page = await openWebKit(viewport);
    try {
      await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}record`);
      await settle(page);
    } catch (error) {
      await page.close();
      throw error;
    }
    return { page, logs: () => page.recorded(), close: () => page.close() };
  }
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
  await settle(page);
  return { page, log, logs: async () => log, close: () => browser.close() };
}

/** Clicks every button and checkbox of every element on the page; resolves to how many. */
const useEveryControl = (page) =>
  page.evaluate(async () => {
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

const allRendered = (found) =>
  TAGS.every(
    (tag) => found[tag].length > 0 && found[tag].every((el) => el.upgraded && el.rendered && !el.error),
  );

/**
 * What the article page asks this server for, and nothing else. Its FAQ has `structured-data`,
 * so the CDN file also fetches the JSON-LD writer from beside it.
 */
const jsonLdWriter = readdirSync(join(ROOT, 'dist/cdn')).filter((file) =>
  /^health-widgets-json-ld-[\w-]+\.js$/.test(file),
);
assert.equal(jsonLdWriter.length, 1, 'one JSON-LD writer beside the CDN file');
const ARTICLE_FILES = [
  `/dist/cdn/${jsonLdWriter[0]}`,
  '/dist/cdn/health-widgets.js',
  '/examples/article.css',
  '/examples/article.html',
  '/examples/reserve-space.css',
];

/**
 * The boxes of the publisher's own content (everything outside the elements) once the page is
 * parsed and styled, and whether the elements have upgraded. With `upgraded`, waits for that.
 */
async function pageBoxes(page, { upgraded = false } = {}) {
  // With no wait for the page to load, the new document may not have replaced the old one yet.
  for (let tries = 0; tries < 100; tries++) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(server.url)) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  return page.evaluate(
    async (tags, upgraded) => {
      const pause = () => new Promise((done) => setTimeout(done, 50));
      const styled = () =>
        document.readyState !== 'loading' &&
        [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);
      for (let tries = 0; tries < 200 && !styled(); tries++) await pause();
      for (let tries = 0; upgraded && tries < 200 && !customElements.get(tags[0]); tries++) await pause();
      const elements = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(elements.map((element) => element.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        upgraded: elements.every((element) => element.matches(':defined')),
        boxes: [...document.body.querySelectorAll('*')]
          .filter((element) => !element.closest(tags.join(',')))
          .map((element) => {
            const { x, y, width, height } = element.getBoundingClientRect();
            return { x, y, width, height };
          }),
      };
    },
    TAGS,
    upgraded,
  );
}

/**
 * A layout shift score as browsers with layout-shift entries define it, for one change from
 * `before` to `after` boxes: the share of the viewport the moved boxes cover, before and after,
 * times the longest move as a share of the viewport's longer side.
 */
function shiftScore(before, after, viewport) {
  assert.equal(after.length, before.length, 'the same page content before and after');
  const CELL = 4;
  const covered = new Set();
  let distance = 0;
  before.forEach((box, index) => {
    const moved = after[index];
    const move = Math.max(Math.abs(moved.x - box.x), Math.abs(moved.y - box.y));
    if (move < 1 || box.width * box.height === 0) return;
    const inView = [box, moved].filter((rect) => rect.y < viewport.height && rect.y + rect.height > 0);
    if (inView.length === 0) return;
    distance = Math.max(distance, move);
    for (const rect of inView) {
      const top = Math.max(0, rect.y);
      const bottom = Math.min(viewport.height, rect.y + rect.height);
      const left = Math.max(0, rect.x);
      const right = Math.min(viewport.width, rect.x + rect.width);
      for (let y = Math.floor(top / CELL); y < bottom / CELL; y++)
        for (let x = Math.floor(left / CELL); x < right / CELL; x++) covered.add(`${x},${y}`);
    }
  });
  const impact = (covered.size * CELL * CELL) / (viewport.width * viewport.height);
  return Math.min(1, impact) * (distance / Math.max(viewport.width, viewport.height));
}

describe("the publisher's article page", () => {
  for (const browserName of BROWSERS) {
    test(`renders all four elements from the CDN file in ${browserName}`, async () => {
      const { page, logs, close } = await open(browserName, '/examples/article.html');
      try {
        const found = await renderedTags(page);
        assert.ok(allRendered(found), JSON.stringify(found));
        assert.deepEqual((await logs()).errors, []);
      } finally {
        await close();
      }
    });
  }

  for (const browserName of BROWSERS) {
    test(`is axe-clean, shadow roots included, in ${browserName}`, async () => {
      const { page, close } = await open(browserName, '/examples/article.html');
      try {
        await page.evaluate(
          (source) => {
            const script = document.createElement('script');
            script.textContent = source;
            document.head.append(script);
          },
          readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'),
        );
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        assert.deepEqual(violations, []);
      } finally {
        await close();
      }
    });
  }

  for (const viewport of [
    { width: 1000, height: 2000 },
    { width: 390, height: 844 },
  ]) {
    test(`does not shift its layout while the elements upgrade (CLS ≤ 0.01), ${viewport.width} px wide, in chromium`, async () => {
      const { page, close } = await open('chromium', '/examples/article.html', {
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
        await close();
      }
    });
  }

  // Once defined, an element may wait for a file before it can show anything: its language's
  // pack, the validator for its own content, or the reader of its strings block. The space
  // reserve-space.css kept must hold until then too. That file is held back a little, as on a
  // slow network. Each case rewrites the article as a publisher would write it; the table is the
  // first widget, in view, where a shift counts.
  const TABLE = '<hw-anatomy-table heading-level="3"></hw-anatomy-table>';
  const tableWith = (json) => TABLE.replace('></hw', `><script type="application/json"${json}</script></hw`);
  for (const { what, rewrite, held, check } of [
    {
      what: 'a language pack',
      rewrite: (html) => html.replace('<html lang="en">', '<html lang="cy">'),
      held: /\/health-widgets-(locales|cy)-[\w-]+\.js$/,
      check: (table) => table.includes('Adolygwyd ddiwethaf'),
    },
    {
      what: "the validator for the page's own content",
      rewrite: (html) =>
        html.replace(
          TABLE,
          tableWith(`>${JSON.stringify({ ...anatomyTopics['back-spasms-walking'], heading: 'Ours' })}`),
        ),
      held: /\/health-widgets-validator-entry-[\w-]+\.js$/,
      check: (table) => table.includes('Ours'),
    },
    {
      what: 'the reader of a strings block',
      rewrite: (html) => html.replace(TABLE, tableWith(' data-strings>{ "lastReviewed": "Looked at last" }')),
      held: /\/health-widgets-html-strings-[\w-]+\.js$/,
      check: (table) => table.includes('Looked at last'),
    },
  ]) {
    test(`does not shift its layout while an element waits for ${what} (CLS ≤ 0.01), in chromium`, async () => {
      const article = readFileSync(join(ROOT, 'examples/article.html'), 'utf8');
      const rewritten = rewrite(article);
      assert.notEqual(rewritten, article);
      const asked = [];
      const { page, close } = await open('chromium', '/examples/article.html', {
        viewport: { width: 1000, height: 2000 },
        beforeLoad: async (page) => {
          await page.evaluateOnNewDocument(() => {
            window.layoutShift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries())
                if (!entry.hadRecentInput) window.layoutShift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.setRequestInterception(true);
          page.on('request', async (request) => {
            const { pathname } = new URL(request.url());
            if (pathname === '/examples/article.html')
              return request.respond({ contentType: 'text/html; charset=utf-8', body: rewritten });
            if (held.test(pathname)) {
              asked.push(pathname);
              await new Promise((done) => setTimeout(done, 300));
            }
            return request.continue();
          });
        },
      });
      try {
        await new Promise((done) => setTimeout(done, 500));
        const { shift, table } = await page.evaluate(() => ({
          shift: window.layoutShift,
          table: document.querySelector('hw-anatomy-table').shadowRoot.textContent,
        }));
        assert.ok(asked.length > 0, `asked for ${what}`);
        assert.ok(check(table), 'the table shows what the page gave it');
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
      } finally {
        await close();
      }
    });
  }

  // WebKitGTK's narrowest window is 447 px: still a phone's layout, which starts below 480 px.
  for (const viewport of [
    { width: 1000, height: 2000 },
    { width: 447, height: 844 },
  ]) {
    test(`does not shift its layout while the elements upgrade (shift score ≤ 0.01), ${viewport.width} px wide, in webkit: no layout-shift entries there, so the page is measured before and after the script`, async () => {
      const page = await openWebKit({ ...viewport, pageLoad: 'none' });
      const release = server.hold('/dist/cdn/health-widgets.js');
      try {
        assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight]), [
          viewport.width,
          viewport.height,
        ]);
        await page.goto(`${server.url}/examples/article.html`);
        const before = await pageBoxes(page);
        assert.equal(before.upgraded, false, 'measured before the elements upgrade');
        release();
        const after = await pageBoxes(page, { upgraded: true });
        assert.equal(after.upgraded, true);
        const score = shiftScore(before.boxes, after.boxes, viewport);
        assert.ok(score <= 0.01, `layout shift score ${score}`);
      } finally {
        release();
        await page.close();
      }
    });
  }

  for (const browserName of ['chromium', 'firefox']) {
    test(`makes no network request of its own while rendering or in use, in ${browserName}`, async () => {
      const { page, log, close } = await open(browserName, '/examples/article.html', {
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
        assert.deepEqual(atLoad, ARTICLE_FILES);
        // Use every element: tick every box, open every question, press every button.
        const used = await useEveryControl(page);
        await new Promise((done) => setTimeout(done, 300));
        assert.ok(used > 20, `used ${used} controls`);
        assert.deepEqual(network().slice(atLoad.length), [], 'requests while in use');
      } finally {
        await close();
      }
    });
  }

  test("makes no network request of its own while rendering or in use, in webkit: WebDriver cannot intercept requests, so the server's log and the page's Resource Timing entries stand in", async () => {
    const start = server.requests.length;
    const { page, close } = await open('webkit', '/examples/article.html');
    // What this server was asked for, and what the page fetched from any origin.
    const served = () =>
      server.requests
        .slice(start)
        .filter((path) => path !== '/__record.js')
        .sort();
    const fetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name.replace(location.origin, ''))
          .filter((path) => path !== '/__record.js'),
      );
    try {
      assert.deepEqual(served(), ARTICLE_FILES);
      const atLoad = await fetched();
      assert.deepEqual(
        atLoad.sort(),
        ARTICLE_FILES.filter((path) => path !== '/examples/article.html'),
      );
      // Use every element: tick every box, open every question, press every button.
      const used = await useEveryControl(page);
      await new Promise((done) => setTimeout(done, 300));
      assert.ok(used > 20, `used ${used} controls`);
      assert.deepEqual((await fetched()).slice(atLoad.length), [], 'requests while in use');
      assert.deepEqual(served(), ARTICLE_FILES, 'requests to this server while in use');
    } finally {
      await close();
    }
  });
});

describe('a strict Content-Security-Policy with Trusted Types', () => {
  for (const browserName of ['chromium', 'webkit']) {
    test(`renders all four elements with no violation, in ${browserName}`, async () => {
      const { page, logs, close } = await open(browserName, '/test/e2e/pages/csp.html');
      try {
        const found = await renderedTags(page);
        assert.ok(allRendered(found), JSON.stringify(found));
        assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
        assert.deepEqual((await logs()).errors, []);
      } finally {
        await close();
      }
    });
  }
});

describe('two copies of the library on one page', () => {
  for (const browserName of BROWSERS) {
    test(`cost one warning and no exception, in ${browserName}`, async () => {
      const { page, logs, close } = await open(browserName, '/test/e2e/pages/two-copies.html');
      try {
        const found = await renderedTags(page);
        assert.ok(allRendered(found), JSON.stringify(found));
        const { errors, warnings } = await logs();
        assert.deepEqual(errors, []);
        assert.equal(
          warnings.filter((text) => text.includes('health-widgets')).length,
          1,
          warnings.join('\n'),
        );
      } finally {
        await close();
      }
    });
  }
});

describe('a checklist with persist', () => {
  for (const browserName of BROWSERS) {
    test(`keeps its ticks through a real page reload, in ${browserName}`, async () => {
      const { page, close } = await open(browserName, '/test/e2e/pages/persist.html');
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
        // The storage code came from its own file beside the CDN file (the article page, without
        // `persist`, never asks for it: see ARTICLE_FILES).
        const fetched = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
        );
        assert.ok(
          fetched.some((path) => /^\/dist\/cdn\/health-widgets-browser-store-[\w-]+\.js$/.test(path)),
          fetched.join('\n'),
        );
      } finally {
        await close();
      }
    });
  }

  for (const browserName of ['chromium', 'firefox']) {
    test(`works in memory and says so when its storage code cannot load, in ${browserName}`, async () => {
      const { page, logs, close } = await open(browserName, '/test/e2e/pages/persist.html', {
        beforeLoad: async (page) => {
          await page.setRequestInterception(true);
          page.on('request', (request) =>
            request.url().includes('-browser-store-') ? request.abort() : request.continue(),
          );
        },
      });
      try {
        const seen = await page.evaluate(async () => {
          const checklist = document.querySelector('hw-prevention-checklist');
          checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
          await checklist.updateComplete;
          return {
            checked: checklist.checked.length,
            progress: checklist.shadowRoot.querySelector('[part="progress"]').textContent.trim(),
            note: checklist.shadowRoot.querySelector('[part="note"]').textContent.trim(),
          };
        });
        assert.equal(seen.checked, 1);
        assert.match(seen.progress, /^1 of \d+ done$/);
        assert.equal(
          seen.note,
          'Your ticks cannot be saved in this browser. They will go when you leave the page.',
        );
        // The failed request is the browser's to log; the page itself throws nothing.
        const { errors } = await logs();
        assert.deepEqual(
          errors.filter((text) => !/^Failed to load resource/.test(text)),
          [],
        );
      } finally {
        await close();
      }
    });
  }
});
