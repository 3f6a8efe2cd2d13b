// A page in Welsh, with the CDN file: the widgets' own words are Welsh, loaded from the language
// layer and the Welsh pack beside the CDN file and from nowhere else. When either file cannot be
// fetched (offline, a filter), every widget still shows its content with the English words, and
// nothing reaches the page as an error. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPage, ROOT, serve, TAGS } from './support.mjs';

const BROWSERS = ['chromium', 'firefox', 'webkit'];
const PAGE = '/test/e2e/pages/languages.html';
const CDN = readdirSync(join(ROOT, 'dist/cdn')).filter((file) => file.endsWith('.js'));
/** The file beside the CDN file named `name`, whatever its hash. */
const fileOf = (name) => {
  const files = CDN.filter((file) => new RegExp(`^health-widgets-${name}-[\\w-]+\\.js$`).test(file));
  assert.equal(files.length, 1, `one ${name} file beside the CDN file`);
  return `/dist/cdn/${files[0]}`;
};
const LAYER = fileOf('locales');
const WELSH = fileOf('cy');

let server;
before(async () => {
  server = await serve(ROOT);
});
after(() => server.close());

/** Opens the page; any request not to this server is recorded and stopped where a browser can. */
async function open(browserName) {
  const opened = await openPage(browserName, `${server.url}${PAGE}`);
  const offsite = () =>
    (opened.requests ?? []).filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(server.url));
  return { ...opened, offsite };
}

/** Waits for every element, then reads the words a reader sees in each. */
const shown = (page, tags) =>
  page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = tags.map((tag) => document.querySelector(tag));
    await Promise.all(elements.map((element) => element.updateComplete));
    const text = (element, selector) =>
      element.shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const [, faq, , checklist] = elements;
    return {
      headings: elements.map((element) => text(element, '[part="heading"]')),
      showAll: text(faq, '[part="toggle-all"]'),
      reset: text(checklist, '[part="reset"]'),
      errorViews: elements.filter((element) => element.shadowRoot.querySelector('[part="error"]')).length,
      contentErrors: window.contentErrors.length,
      page: [...document.querySelectorAll('p[id]')].map((p) => p.textContent),
    };
  }, tags);

const HEADINGS = [
  'Muscles that work when you walk',
  'Questions people ask',
  'Check for warning signs',
  'Habits that may help prevent back spasms',
];

describe('a page in Welsh, from the CDN file', () => {
  for (const browserName of BROWSERS) {
    test(`shows the widgets' own words in Welsh, from the package's own files, in ${browserName}`, async () => {
      const start = server.requests.length;
      const { page, offsite, errors, close } = await open(browserName);
      try {
        const seen = await shown(page, TAGS);
        // The content is in English, as the topic is; the UI's own words follow the page.
        assert.deepEqual(seen.headings, HEADINGS);
        assert.equal(seen.showAll, 'Dangos pob ateb');
        assert.equal(seen.reset, 'Clirio pob tic');
        assert.deepEqual([seen.errorViews, seen.contentErrors], [0, 0]);
        const asked = server.requests.slice(start);
        assert.ok(asked.includes(LAYER), 'asked for the language layer');
        assert.ok(asked.includes(WELSH), 'asked for the Welsh pack');
        assert.deepEqual(offsite(), []);
        assert.deepEqual(await errors(), []);
      } finally {
        await close();
      }
    });

    for (const [what, file] of [
      ['the language layer', LAYER],
      ['the Welsh pack', WELSH],
    ]) {
      test(`shows every widget with English words when ${what} cannot be fetched, in ${browserName}`, async () => {
        const unblock = server.block(new RegExp(`^${file.replace(/[.]/g, '\\.')}$`));
        const start = server.requests.length;
        const { page, errors, close } = await open(browserName);
        try {
          const seen = await shown(page, TAGS);
          assert.ok(server.requests.slice(start).includes(file), `asked for ${file}`);
          assert.deepEqual(seen.headings, HEADINGS);
          assert.equal(seen.showAll, 'Show all answers');
          assert.equal(seen.reset, 'Clear all ticks');
          assert.deepEqual([seen.errorViews, seen.contentErrors], [0, 0]);
          assert.equal(seen.page.length, 2, "the publisher's own text is there");
          assert.deepEqual(await errors(), []);
        } finally {
          unblock();
          await close();
        }
      });
    }
  }
});
