// A publisher's own content as inline JSON, and words of its own in a `data-strings` block, from
// the CDN file: they are read (the content validated) before they show, by files beside the CDN
// file. The CDN file asks for all of them as soon as it starts, before it defines any element, so
// that fetching them overlaps evaluating the rest of the file, instead of one after the other.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPage, ROOT, serve } from './support.mjs';

const BROWSERS = ['chromium', 'firefox', 'webkit'];
const PAGE = '/test/e2e/pages/inline-json.html';

let server;
before(async () => {
  server = await serve(ROOT);
});
after(() => server.close());

describe('inline JSON content, from the CDN file', () => {
  for (const browserName of BROWSERS) {
    test(`shows once valid, its reader, validator and strings reader asked for before any element is defined, in ${browserName}`, async () => {
      const { page, close } = await openPage(browserName, `${server.url}${PAGE}`);
      try {
        const seen = await page.evaluate(async () => {
          const firstDefined = await window.firstDefined;
          const faq = document.querySelector('hw-faq-accordion');
          await customElements.whenDefined('hw-faq-accordion');
          await faq.updateComplete;
          const requests = (file) =>
            performance.getEntriesByType('resource').filter((entry) => file.test(entry.name));
          const validator = requests(/\/health-widgets-validator-entry-[\w-]+\.js$/);
          const reader = requests(/\/health-widgets-outside-content-[\w-]+\.js$/);
          const table = document.querySelector('hw-anatomy-table');
          await table.updateComplete;
          // A browser may list a file's timing a moment after the module has run.
          const listed = (file) =>
            new Promise((resolve) => {
              const start = performance.now();
              const poll = () =>
                requests(file).length || performance.now() - start > 2000
                  ? resolve(requests(file))
                  : setTimeout(poll, 20);
              poll();
            });
          const stringsReader = await listed(/\/health-widgets-html-strings-[\w-]+\.js$/);
          return {
            tableText: table.shadowRoot.textContent,
            stringsReaderRequests: stringsReader.length,
            stringsReaderStart: stringsReader[0]?.startTime,
            heading: faq.shadowRoot.querySelector('[part="heading"]')?.textContent.trim() ?? null,
            questions: faq.shadowRoot.querySelectorAll('[part~="button"]').length,
            validatorRequests: validator.length,
            validatorStart: validator[0]?.startTime,
            readerRequests: reader.length,
            readerStart: reader[0]?.startTime,
            firstDefined,
          };
        });
        assert.equal(seen.heading, 'Questions from our readers');
        assert.equal(seen.questions, 2);
        assert.equal(seen.validatorRequests, 1, 'the validator is fetched once');
        assert.equal(seen.readerRequests, 1, 'the reader is fetched once');
        assert.match(seen.tableText, /Looked at again/, 'the words from the data-strings block show');
        assert.equal(seen.stringsReaderRequests, 1, 'the strings reader is fetched once');
        assert.ok(
          seen.stringsReaderStart < seen.firstDefined,
          `strings reader asked for at ${seen.stringsReaderStart} ms, first element defined at ${seen.firstDefined} ms`,
        );
        assert.ok(
          seen.readerStart < seen.firstDefined,
          `reader asked for at ${seen.readerStart} ms, first element defined at ${seen.firstDefined} ms`,
        );
        assert.ok(
          seen.validatorStart < seen.firstDefined,
          `validator asked for at ${seen.validatorStart} ms, first element defined at ${seen.firstDefined} ms`,
        );
      } finally {
        await close();
      }
    });

    test(`with its validator blocked, says so in the same words in every browser, and the rest of the page carries on, in ${browserName}`, async () => {
      const unblock = server.block(/\/health-widgets-validator-entry-[\w-]+\.js$/);
      let close = () => {};
      try {
        const opened = await openPage(browserName, `${server.url}${PAGE}`);
        close = opened.close;
        const seen = await opened.page.evaluate(async () => {
          const faq = document.querySelector('hw-faq-accordion');
          const table = document.querySelector('hw-anatomy-table');
          await customElements.whenDefined('hw-faq-accordion');
          await faq.updateComplete;
          await table.updateComplete;
          return {
            error: faq.shadowRoot.querySelector('[part="error"] li')?.textContent ?? null,
            table: table.shadowRoot.textContent,
          };
        });
        assert.equal(seen.error, 'content: a file needed to read it could not be loaded');
        assert.match(seen.table, /Looked at again/, 'the table, which needs no validator, shows');
      } finally {
        unblock();
        await close();
      }
    });
  }
});
