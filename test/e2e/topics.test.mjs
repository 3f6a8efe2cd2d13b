// Topics other than the default one load from their own files beside the CDN file: only those
// files are asked for (with interception in Chromium and Firefox; the server's log and Resource
// Timing in WebKit, whose WebDriver cannot intercept), a loading topic keeps its space and says
// nothing, and a topic file that cannot be fetched shows a short message, fires hw-content-error
// and leaves the rest of the page alone. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, openWebKit, ROOT, serve } from './support.mjs';

const BROWSERS = ['chromium', 'firefox', 'webkit'];
const PAGE = '/test/e2e/pages/topics.html';
const CDN = readdirSync(join(ROOT, 'dist/cdn')).filter((file) => file.endsWith('.js'));
const TOPICS = ['sciatica', 'lumbar-spinal-stenosis', 'lower-back-pain'];
/** The files beside the CDN file that hold a topic, or a loader, whatever their hash. */
const filesOf = (name) =>
  CDN.filter((file) => file.startsWith(`health-widgets-${name}-`)).map((file) => `/dist/cdn/${file}`);
const LOADERS = [
  'catalogue',
  'citing',
  'signs',
  'load-anatomy',
  'load-faq',
  'load-red-flags',
  'load-checklist',
];

/**
 * The page may ask for itself, its watcher, the CDN file, the loaders beside it and the files of
 * its three topics: the package's own files, and nothing else.
 */
function assertOwnFiles(paths) {
  const allowed = new Set([
    PAGE,
    '/test/e2e/pages/topics-watch.js',
    '/dist/cdn/health-widgets.js',
    ...LOADERS.flatMap(filesOf),
    ...TOPICS.flatMap(filesOf),
  ]);
  assert.deepEqual(
    paths.filter((path) => !allowed.has(path)),
    [],
    'asked for files that are not the page’s or the package’s',
  );
  for (const name of [PAGE, '/dist/cdn/health-widgets.js', ...TOPICS])
    assert.ok(
      paths.some((path) => path === name || filesOf(name).includes(path)),
      `asked for ${name}`,
    );
}

let server;
before(async () => {
  server = await serve(ROOT);
});
after(() => server.close());

/**
 * Opens the page without waiting for the topics. In Chromium and Firefox, interception is on:
 * any request not to this server is recorded and stopped. Resolves to `{ page, requests, close }`.
 */
async function open(browserName, waitUntil = 'load') {
  if (browserName === 'webkit') {
    const page = await openWebKit({ pageLoad: waitUntil === 'load' ? 'normal' : 'eager' });
    try {
      await page.goto(`${server.url}${PAGE}`);
    } catch (error) {
      await page.close();
      throw error;
    }
    return { page, requests: null, close: () => page.close() };
  }
  const browser = await launch(browserName);
  try {
    const page = await browser.newPage();
    const requests = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      requests.push(request.url());
      return request.url().startsWith(server.url) ? request.continue() : request.abort();
    });
    await page.goto(`${server.url}${PAGE}`, { waitUntil });
    return { page, requests, close: () => browser.close() };
  } catch (error) {
    // A page that never opens must not leave its browser running.
    await browser.close();
    throw error;
  }
}

/** Waits for every element, then reads what each shows. */
const shown = (page) =>
  page.evaluate(async () => {
    await Promise.all(
      ['hw-anatomy-table', 'hw-faq-accordion', 'hw-red-flag-checker', 'hw-prevention-checklist'].map((tag) =>
        customElements.whenDefined(tag),
      ),
    );
    const elements = [
      ...document.querySelectorAll(
        'hw-anatomy-table, hw-faq-accordion, hw-red-flag-checker, hw-prevention-checklist',
      ),
    ];
    await Promise.all(elements.map((element) => element.updateComplete));
    return {
      widgets: elements.map((element) => ({
        tag: element.localName,
        topic: element.getAttribute('topic'),
        heading: element.shadowRoot.querySelector('[part="heading"]')?.textContent.trim() ?? null,
        error:
          element.shadowRoot.querySelector('[part="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      })),
      errors: window.contentErrors,
      page: [...document.querySelectorAll('p[id]')].map((p) => p.textContent),
    };
  });

describe('bundled topics, from the CDN file', () => {
  for (const browserName of BROWSERS) {
    test(`render from their own files beside it, and nothing else is asked for, in ${browserName}`, async () => {
      const start = server.requests.length;
      const { page, requests, close } = await open(browserName);
      try {
        const { widgets, errors } = await shown(page);
        assert.deepEqual(
          widgets.map((widget) => widget.heading),
          [
            'Muscles that work when you walk',
            'Questions about sciatica',
            'Check for warning signs',
            'Habits that may help stop back pain coming back',
            null,
          ],
        );
        assert.match(
          widgets[4].error,
          /"sciatica" has no content for this widget \(topics with it: back-spasms-walking\)/,
        );
        assert.deepEqual(
          errors.map((error) => [error.tag, error.topic]),
          [['hw-anatomy-table', 'sciatica']],
        );
        assertOwnFiles(server.requests.slice(start));
        // data: URLs (a browser's built-in font, say) never reach the network.
        if (requests) {
          assert.deepEqual(
            requests.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(server.url)),
            [],
            'requests anywhere else',
          );
        } else {
          const fetched = await page.evaluate(() =>
            performance.getEntriesByType('resource').map((entry) => entry.name),
          );
          assert.deepEqual(
            fetched.filter((url) => !url.startsWith(server.url)),
            [],
            'requests anywhere else',
          );
        }
      } finally {
        await close();
      }
    });

    test(`keep their space and announce nothing while they load, in ${browserName}`, async () => {
      const releases = filesOf('lumbar-spinal-stenosis').map((file) => server.hold(file));
      const release = () => releases.forEach((done) => done());
      let close = () => {};
      try {
        // Not until load: a browser may hold its load event for a module the element is still
        // fetching, and these are held until the test has looked.
        const opened = await open(browserName, 'domcontentloaded');
        const { page } = opened;
        close = opened.close;
        const loading = await page.evaluate(async () => {
          const checker = document.querySelector('hw-red-flag-checker');
          await customElements.whenDefined('hw-red-flag-checker');
          for (let tries = 0; tries < 100 && !checker.shadowRoot?.querySelector('[part="loading"]'); tries++)
            await new Promise((done) => setTimeout(done, 50));
          const root = checker.shadowRoot;
          return {
            height: root.querySelector('[part="loading"]')?.getBoundingClientRect().height ?? 0,
            text: root.textContent.trim(),
            live: root.querySelectorAll('[role="status"], [role="alert"], [aria-live]').length,
            errors: window.contentErrors.filter((error) => error.tag === 'hw-red-flag-checker').length,
          };
        });
        assert.ok(loading.height > 200, `keeps ${loading.height} px`);
        assert.deepEqual([loading.text, loading.live, loading.errors], ['', 0, 0]);
        release();
        const { widgets } = await shown(page);
        assert.equal(widgets[2].heading, 'Check for warning signs');
        assert.equal(widgets[2].error, null);
      } finally {
        release();
        await close();
      }
    });

    test(`that cannot be fetched show a short message and fire hw-content-error, and the rest of the page carries on, in ${browserName}`, async () => {
      const unblock = server.block(/\/health-widgets-sciatica-[\w-]+\.js$/);
      let close = () => {};
      try {
        const opened = await open(browserName);
        const { page } = opened;
        close = opened.close;
        const { widgets, errors, page: text } = await shown(page);
        assert.equal(widgets[1].heading, null);
        assert.match(widgets[1].error, /topic: the file for "sciatica" could not be loaded/);
        assert.deepEqual(errors.map((error) => [error.tag, error.topic]).sort(), [
          ['hw-anatomy-table', 'sciatica'],
          ['hw-faq-accordion', 'sciatica'],
        ]);
        assert.deepEqual(
          widgets.map((widget) => widget.heading),
          [
            'Muscles that work when you walk',
            null,
            'Check for warning signs',
            'Habits that may help stop back pain coming back',
            null,
          ],
        );
        assert.equal(text.length, 2);
      } finally {
        unblock();
        await close();
      }
    });
  }
});
