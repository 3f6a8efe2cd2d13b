// Pre-rendered widgets (health-widgets/server) on real pages, in Chromium and Firefox: what a
// reader sees with scripts blocked, and hydration by the CDN file: the same nodes, no layout
// shift, then the widgets work as client-rendered ones. Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as content from '../../dist/content.js';
import { renderWidget } from '../../dist/server.js';
import { launch, ROOT, serve, TAGS } from './support.mjs';

const BROWSERS = ['chromium', 'firefox'];
const CDN = '/dist/cdn/health-widgets.js';
const ATTRIBUTES = {
  'hw-faq-accordion': { 'structured-data': true },
  'hw-red-flag-checker': { 'emergency-number': '999', 'urgent-service': 'NHS 111' },
};
const topic = (tag) =>
  Object.values(
    {
      'hw-anatomy-table': content.anatomyTopics,
      'hw-faq-accordion': content.faqTopics,
      'hw-red-flag-checker': content.redFlagTopics,
      'hw-prevention-checklist': content.checklistTopics,
    }[tag],
  )[0];

/** An article with one pre-rendered widget between paragraphs, and the publisher's one script tag. */
const page = (widget) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Back spasms when walking</title>
    <script type="module" src="${CDN}"></script>
  </head>
  <body>
    <main>
      <h1>Back spasms when walking</h1>
      <p id="before">Most back spasms get better on their own within a few weeks.</p>
      ${widget}
      <p id="after">Keep moving, and carry on with daily life as much as you can.</p>
    </main>
  </body>
</html>`;

let dir;
let server;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hw-pre-rendered-'));
  symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
  mkdirSync(join(dir, 'no-js'));
  for (const tag of TAGS) {
    const html = page(await renderWidget(tag, { attributes: ATTRIBUTES[tag] }));
    writeFileSync(join(dir, `${tag}.html`), html);
    writeFileSync(join(dir, 'no-js', `${tag}.html`), html);
  }
  // The same pages with scripts switched off by their policy: the script tag is there, but no
  // script runs, as with JavaScript disabled.
  server = await serve(dir, (path) =>
    path.startsWith('/no-js/') ? { 'content-security-policy': "script-src 'none'" } : {},
  );
});
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text a reader sees in the widget's shadow root (rendered text only, as `innerText` gives it). */
const shownText = (page, tag) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return root ? [...root.children].map((child) => child.innerText ?? '').join('\n') : '';
  }, tag);
const words = (text) => text.replace(/\s+/g, ' ').trim();

async function openPage(browserName) {
  const browser = await launch(browserName);
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    return { browser, tab, errors };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

describe('pre-rendered widgets without JavaScript', () => {
  for (const browserName of BROWSERS) {
    for (const tag of TAGS) {
      test(`${tag} is complete with scripts blocked, in ${browserName}`, async () => {
        const { browser, tab } = await openPage(browserName);
        try {
          await tab.goto(`${server.url}/no-js/${tag}.html`, { waitUntil: 'load' });
          assert.equal(await tab.evaluate((tag) => customElements.get(tag), tag), undefined, 'no script ran');
          const text = words(await shownText(tab, tag));
          const data = topic(tag);
          const faqPage = JSON.parse(
            await tab.evaluate(
              () => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
            ),
          );
          assert.ok(text.includes(words(data.heading)), 'its heading');
          assert.ok(text.includes('Last reviewed') || text.includes('reviewed'), 'its review footer');
          const expected = {
            'hw-anatomy-table': () => data.rows.flatMap((row) => [row.muscle, row.description, row.role]),
            // The answers as plain text, as the page's structured data gives them.
            'hw-faq-accordion': () =>
              faqPage.mainEntity.flatMap((item) => [item.name, item.acceptedAnswer.text]),
            'hw-prevention-checklist': () =>
              data.groups.flatMap((group) =>
                group.items.flatMap((item) => [item.title, ...(item.why ? [item.why] : [])]),
              ),
            'hw-red-flag-checker': () =>
              Object.values(data.outcomes).flatMap((outcome) => [outcome.body, ...(outcome.steps ?? [])]),
          }[tag]();
          for (const phrase of expected) assert.ok(text.includes(words(phrase)), `shows "${phrase}"`);
          if (tag === 'hw-red-flag-checker') {
            // A care card: each sign listed under the tier it needs, with the number to call.
            const tiers = await tab.evaluate(() =>
              Object.fromEntries(
                [
                  ...document.querySelector('hw-red-flag-checker').shadowRoot.querySelectorAll('[data-tier]'),
                ].map((section) => [section.dataset.tier, section.innerText]),
              ),
            );
            assert.deepEqual(Object.keys(tiers), ['emergency', 'urgent', 'see-doctor', 'self-care']);
            for (const flag of data.groups.flatMap((group) => group.flags))
              assert.ok(
                words(tiers[flag.tier]).includes(words(flag.label)),
                `${flag.label} under ${flag.tier}`,
              );
            assert.match(tiers.emergency, /Call 999 now/);
            assert.match(tiers.urgent, /NHS 111/);
            assert.equal(
              await tab.evaluate(
                () =>
                  document.querySelector('hw-red-flag-checker').shadowRoot.querySelectorAll('input').length,
              ),
              0,
              'no boxes that cannot work',
            );
            assert.equal(
              await tab.evaluate(
                () =>
                  document.querySelector('hw-red-flag-checker').shadowRoot.querySelector('a[href="tel:999"]')
                    ?.innerText,
              ),
              '999',
            );
          }
          if (tag === 'hw-faq-accordion') {
            assert.equal(faqPage['@type'], 'FAQPage', 'structured data in the HTML');
            assert.equal(faqPage.mainEntity.length, data.items.length);
          }
        } finally {
          await browser.close();
        }
      });
    }
  }
});
