// Pre-rendered widgets (health-widgets/server) on real pages, in Chromium, Firefox and WebKit:
// what a reader sees with scripts blocked, and hydration by the CDN file: the same nodes, no
// layout shift, then the widgets work as client-rendered ones. Run after `npm run build`.
// Scripts are blocked by the page's own policy (`script-src 'none'`), which every engine obeys.
// The policy, style-hash and axe checks run in Chromium and Firefox, as the issue asks.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as content from '../../dist/content.js';
import { renderWidget } from '../../dist/server.js';
import { launch, openWebKit, ROOT, serve, TAGS } from './support.mjs';

const BROWSERS = ['chromium', 'firefox'];
const WITH_WEBKIT = [...BROWSERS, 'webkit'];
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

/** The published style-src hashes. */
const STYLE_HASHES = JSON.parse(readFileSync(join(ROOT, 'dist/csp.json'), 'utf8'))['style-src'];
/** A strict policy, as in the CSP page test, with the given style-src sources added. */
const strictPolicy = (styles) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styles.join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html health-widgets',
  ].join('; ');

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
  // Pre-rendered in Welsh, and from the page's own content: hydration waits for the language's
  // pack and for the validator.
  const own = structuredClone(topic('hw-anatomy-table'));
  own.heading = 'Muscles you use when you walk';
  writeFileSync(
    join(dir, 'waits.html'),
    page(
      [
        await renderWidget('hw-faq-accordion', { lang: 'cy' }),
        await renderWidget('hw-anatomy-table', { content: own }),
      ].join('\n'),
    ),
  );
  // A checker in Welsh with a number to call: its number must survive the wait for the pack.
  writeFileSync(
    join(dir, 'welsh-checker.html'),
    page(
      await renderWidget('hw-red-flag-checker', {
        lang: 'cy',
        attributes: ATTRIBUTES['hw-red-flag-checker'],
      }),
    ),
  );
  // An exclusive FAQ: the server shows every answer, and hydration must keep them all open.
  writeFileSync(
    join(dir, 'exclusive.html'),
    page(await renderWidget('hw-faq-accordion', { attributes: { exclusive: true } })),
  );
  // More questions than landmark regions suit: answers are labelled groups.
  writeFileSync(
    join(dir, 'no-js', 'faq-groups.html'),
    page(await renderWidget('hw-faq-accordion', { topic: 'sciatica' })),
  );
  // A pre-rendered FAQ beside a checker the server did not render.
  writeFileSync(
    join(dir, 'mixed.html'),
    page(`${await renderWidget('hw-faq-accordion')}\n<hw-red-flag-checker></hw-red-flag-checker>`),
  );
  // A checklist that keeps its ticks: the server cannot see them, so hydration must show them.
  writeFileSync(
    join(dir, 'persist.html'),
    page(await renderWidget('hw-prevention-checklist', { attributes: { persist: true } })),
  );
  // Pre-rendered from the page's own two questions, then through a sanitiser that drops scripts:
  // the element finds no inline JSON, so it shows the bundled topic, which the nodes do not match.
  const two = structuredClone(topic('hw-faq-accordion'));
  two.items = two.items.slice(0, 2);
  writeFileSync(
    join(dir, 'stale.html'),
    page(
      (await renderWidget('hw-faq-accordion', { content: two })).replace(
        /<script type="application\/json">[^]*?<\/script>/,
        '',
      ),
    ),
  );
  // Through a sanitiser that drops `<style>`: the shadow roots come without their styles.
  writeFileSync(
    join(dir, 'unstyled.html'),
    page(
      (await Promise.all(TAGS.map((tag) => renderWidget(tag, { attributes: ATTRIBUTES[tag] }))))
        .join('\n')
        .replace(/<style>[^]*?<\/style>/g, ''),
    ),
  );
  // All four on one page under a strict policy, which records any violation.
  const widgets = await Promise.all(TAGS.map((tag) => renderWidget(tag, { attributes: ATTRIBUTES[tag] })));
  // All four with the CDN file twice, as when editors paste script tags of two versions.
  symlinkSync(join(ROOT, 'dist'), join(dir, 'copy'));
  writeFileSync(
    join(dir, 'two-copies.html'),
    page(widgets.join('\n')).replace(
      '<script',
      `<script type="module" src="${CDN.replace('/dist/', '/copy/')}"></script>\n    <script`,
    ),
  );
  writeFileSync(join(dir, 'csp-watch.js'), readFileSync(join(ROOT, 'test/e2e/pages/csp-watch.js')));
  writeFileSync(join(dir, 'all.html'), page(widgets.join('\n')));
  const cspPage = page(widgets.join('\n')).replace(
    '<script',
    '<script src="/csp-watch.js"></script>\n    <script',
  );
  mkdirSync(join(dir, 'csp'));
  mkdirSync(join(dir, 'csp-without-hashes'));
  writeFileSync(join(dir, 'csp', 'all.html'), cspPage);
  writeFileSync(join(dir, 'csp-without-hashes', 'all.html'), cspPage);
  // The same pages with scripts switched off by their policy: the script tag is there, but no
  // script runs, as with JavaScript disabled.
  server = await serve(dir, (path) =>
    path.startsWith('/no-js/')
      ? { 'content-security-policy': "script-src 'none'" }
      : path.startsWith('/csp/')
        ? { 'content-security-policy': strictPolicy(STYLE_HASHES) }
        : path.startsWith('/csp-without-hashes/')
          ? { 'content-security-policy': strictPolicy([]) }
          : {},
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

/** Resolves once `check(...args)`, run in the page, is true; a page still navigating answers false. */
async function until(tab, check, ...args) {
  for (let tries = 0; tries < 200; tries++) {
    if (await tab.evaluate(check, ...args).catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${check} was not true within 10 seconds`);
}

/** Waits until the pre-rendered `tag` has hydrated: defined, its updates done, and painted. */
const untilHydrated = (tab, tag) =>
  tab.evaluate(async (tag) => {
    const host = document.querySelector(tag);
    await customElements.whenDefined(tag);
    for (let i = 0; i < 3; i++) await host.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, tag);

/**
 * A fresh browser's tab. In WebKit, whose WebDriver reports no page errors, pages with scripts
 * record their own (`?record`), and `goto` returns while the page loads unless asked to wait for
 * `load`, so that a test can look at it while a script is held back, as in the other browsers.
 */
async function openPage(browserName) {
  if (browserName === 'webkit') {
    const page = await openWebKit({ pageLoad: 'none' });
    const tab = {
      evaluate: page.evaluate,
      async goto(url, { waitUntil } = {}) {
        const address = url.includes('/no-js/') ? url : `${url}?record`;
        await page.goto(address);
        if (waitUntil === 'load')
          await until(
            page,
            (address) => location.href === address && document.readyState === 'complete',
            address,
          );
      },
      errors: async () => (await page.recorded()).errors,
    };
    return { browser: page, tab, errors: [] };
  }
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

/** The page's errors so far. */
const errorsIn = async ({ tab, errors }) => (tab.errors ? tab.errors() : errors);

describe('pre-rendered widgets without JavaScript', () => {
  for (const browserName of WITH_WEBKIT) {
    for (const tag of TAGS) {
      test(`${tag} is complete with scripts blocked, in ${browserName}`, async () => {
        const { browser, tab } = await openPage(browserName);
        try {
          await tab.goto(`${server.url}/no-js/${tag}.html`, { waitUntil: 'load' });
          // WebDriver gives undefined back as null: the page compares.
          assert.ok(await tab.evaluate((tag) => customElements.get(tag) === undefined, tag), 'no script ran');
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
          if (tag === 'hw-prevention-checklist')
            // No box is ticked.
            assert.deepEqual(
              await tab.evaluate(() =>
                [
                  ...document
                    .querySelector('hw-prevention-checklist')
                    .shadowRoot.querySelectorAll('input[type="checkbox"]'),
                ].map((box) => box.checked),
              ),
              data.groups.flatMap((group) => group.items.map(() => false)),
            );
          // Controls that need the script keep their place but are not shown until it runs.
          if (tag === 'hw-faq-accordion' || tag === 'hw-prevention-checklist')
            assert.deepEqual(await controlsShown(tab, tag), {
              toggleAll: false,
              chevron: false,
              reset: false,
              progress: false,
              bar: false,
            });
          if (tag === 'hw-faq-accordion') {
            // A question cannot close its answer without the script: it says so.
            assert.deepEqual(await questionsUnavailable(tab), [data.items.length, data.items.length]);
            assert.equal(faqPage['@type'], 'FAQPage', 'structured data in the HTML');
            assert.equal(faqPage.mainEntity.length, data.items.length);
            // Each open answer is a region named by its question, as once the script runs.
            assert.deepEqual(
              await answerRoles(tab),
              data.items.map((item) => ({ role: 'region', name: words(item.question) })),
            );
            if (browserName === 'chromium')
              assert.deepEqual(
                await accessibleRegions(tab),
                data.items.map((item) => ['region', words(item.question)]),
                "the screen reader's regions",
              );
          }
        } finally {
          await browser.close();
        }
      });
    }
  }
});

/**
 * Whether the controls that need the script are visible: the FAQ's, and the checklist's reset
 * button and its progress, which would not follow the boxes without it.
 */
const controlsShown = (tab, tag) =>
  tab.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const visible = (element, pseudo) =>
      !!element && getComputedStyle(element, pseudo).visibility === 'visible';
    return {
      toggleAll: visible(root.querySelector('[part~="toggle-all"]')),
      chevron: visible(root.querySelector('[part~="button"]'), '::after'),
      reset: visible(root.querySelector('[part~="reset"]')),
      progress: visible(root.querySelector('[part~="progress"]')),
      bar: visible(root.querySelector('[part~="progress-bar"]')),
    };
  }, tag);

/** How many of the FAQ's questions are marked unavailable (`aria-disabled`), of how many. */
const questionsUnavailable = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector('hw-faq-accordion').shadowRoot;
    const buttons = [...root.querySelectorAll('[part~="button"]')];
    return [
      buttons.filter((button) => button.getAttribute('aria-disabled') === 'true').length,
      buttons.length,
    ];
  });

/** Each FAQ answer's role and the words of the element that labels it. */
const answerRoles = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector('hw-faq-accordion').shadowRoot;
    return [...root.querySelectorAll('[part~="answer"]')].map((answer) => ({
      role: answer.getAttribute('role'),
      name: root
        .getElementById(answer.getAttribute('aria-labelledby'))
        ?.textContent.replace(/\s+/g, ' ')
        .trim(),
    }));
  });

/** The regions and groups in the page's accessibility tree, as Chromium gives it to a screen reader. */
async function accessibleRegions(tab) {
  const found = [];
  const walk = (node) => {
    if (['region', 'group'].includes(node.role)) found.push([node.role, words(node.name)]);
    node.children?.forEach(walk);
  };
  walk(await tab.accessibility.snapshot({ interestingOnly: false }));
  return found;
}

describe('pre-rendered FAQ answers without JavaScript', () => {
  for (const browserName of WITH_WEBKIT) {
    test(`are labelled groups above six questions, in ${browserName}`, async () => {
      const { browser, tab } = await openPage(browserName);
      try {
        await tab.goto(`${server.url}/no-js/faq-groups.html`, { waitUntil: 'load' });
        const { items } = content.faqTopics.sciatica;
        assert.ok(items.length > 6);
        assert.deepEqual(
          await answerRoles(tab),
          items.map((item) => ({ role: 'group', name: words(item.question) })),
        );
        if (browserName === 'chromium')
          assert.deepEqual(
            await accessibleRegions(tab),
            items.map((item) => ['group', words(item.question)]),
          );
      } finally {
        await browser.close();
      }
    });
  }
});

/** Waits until the page shows the widget's declared shadow root, whatever state its navigation is in. */
async function waitForShadowRoot(tab, tag) {
  for (let tries = 0; tries < 200; tries++) {
    const ready = await tab
      .evaluate((tag) => (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0, tag)
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${tag} showed no declared shadow root within 10 seconds`);
}

/** Sums the page's layout shifts, not caused by input, in `window.layoutShift` (Chromium only). */
const watchLayoutShift = (tab) =>
  tab.evaluateOnNewDocument(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** The boxes of the page's own paragraphs and of the widget. */
const boxes = (tab, tag) =>
  tab.evaluate(
    (tag) =>
      ['#before', tag, '#after'].map((selector) => {
        const { x, y, width, height } = document.querySelector(selector).getBoundingClientRect();
        return { x, y, width, height };
      }),
    tag,
  );

describe('hydration by the CDN file', () => {
  for (const browserName of WITH_WEBKIT) {
    for (const tag of TAGS) {
      test(`${tag} takes over the server's nodes without moving, then works, in ${browserName}`, async () => {
        const { browser, tab, errors } = await openPage(browserName);
        const release = server.hold(CDN);
        try {
          if (browserName === 'chromium') await watchLayoutShift(tab);
          const loaded = tab.goto(`${server.url}/${tag}.html`, { waitUntil: 'load' });
          await waitForShadowRoot(tab, tag);
          assert.ok(
            await tab.evaluate((tag) => customElements.get(tag) === undefined, tag),
            'before the script',
          );
          await tab.evaluate((tag) => {
            window.serverNodes = [...document.querySelector(tag).shadowRoot.querySelectorAll('*')];
          }, tag);
          const before = await boxes(tab, tag);
          release();
          await loaded;
          await untilHydrated(tab, tag);
          const kept = await tab.evaluate((tag) => {
            const now = [...document.querySelector(tag).shadowRoot.querySelectorAll('*')];
            return {
              before: window.serverNodes.length,
              after: now.length,
              same: window.serverNodes.filter((node, index) => now[index] === node).length,
              stillThere: window.serverNodes
                .filter((node) => now.includes(node))
                .map((node) => node.localName),
            };
          }, tag);
          const after = await boxes(tab, tag);
          assert.deepEqual(await errorsIn({ tab, errors }), []);

          if (tag === 'hw-red-flag-checker') {
            // The care card gives way to the boxes; the card around them stays.
            for (const name of ['style', 'div', 'h2', 'p']) assert.ok(kept.stillThere.includes(name), name);
            const outcome = await tab.evaluate(async () => {
              const host = document.querySelector('hw-red-flag-checker');
              host.shadowRoot.querySelector('input[type="checkbox"]').click();
              await host.updateComplete;
              return host.shadowRoot.querySelector('[part="outcome"]').dataset.tier;
            });
            assert.equal(outcome, 'emergency');
            // The boxes replace the card's list, so the page below it moves; what the reader sees
            // in the viewport must still not jump.
            if (browserName === 'chromium') {
              const shift = await tab.evaluate(() => window.layoutShift);
              assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
            }
            return;
          }
          assert.deepEqual(kept, { ...kept, after: kept.before, same: kept.before }, 'the same nodes');
          assert.deepEqual(after, before, 'nothing moved');
          if (browserName === 'chromium') {
            const shift = await tab.evaluate(() => window.layoutShift);
            assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
          }

          // Hydrated, it renders as the same element rendered in the browser would.
          const same = await tab.evaluate(async (tag) => {
            const hydrated = document.querySelector(tag);
            const fresh = document.createElement(tag);
            for (const { name, value } of hydrated.attributes) fresh.setAttribute(name, value);
            document.body.append(fresh);
            await fresh.updateComplete;
            if (tag === 'hw-faq-accordion') {
              fresh.open = hydrated.open;
              await fresh.updateComplete;
            }
            const text = (host) => host.shadowRoot.querySelector('div').innerText;
            return text(hydrated) === text(fresh);
          }, tag);
          assert.ok(same, 'hydrated and client-rendered show the same');

          if (tag === 'hw-faq-accordion') {
            assert.deepEqual(await controlsShown(tab, tag), {
              toggleAll: true,
              chevron: true,
              reset: false,
              progress: false,
              bar: false,
            });
            const count = topic(tag).items.length;
            assert.deepEqual(await questionsUnavailable(tab), [0, count], 'every question works');
          }
          if (tag === 'hw-prevention-checklist')
            assert.deepEqual(await controlsShown(tab, tag), {
              toggleAll: false,
              chevron: false,
              reset: true,
              progress: true,
              bar: true,
            });
          if (tag === 'hw-faq-accordion') {
            const state = await tab.evaluate(async () => {
              const host = document.querySelector('hw-faq-accordion');
              const button = host.shadowRoot.querySelector('[part="button"]');
              button.click();
              await host.updateComplete;
              return [
                button.getAttribute('aria-expanded'),
                host.shadowRoot.getElementById(button.getAttribute('aria-controls')).hidden,
              ];
            });
            assert.deepEqual(state, ['false', browserName === 'chromium' ? 'until-found' : state[1]]);
          }
          if (tag === 'hw-prevention-checklist') {
            const progress = await tab.evaluate(async () => {
              const host = document.querySelector('hw-prevention-checklist');
              host.shadowRoot.querySelector('input[type="checkbox"]').click();
              await host.updateComplete;
              return host.shadowRoot.querySelector('[part="progress"]').innerText;
            });
            assert.match(progress, /^1 /);
          }
        } finally {
          release();
          await browser.close();
        }
      });
    }
  }
});

describe('a pre-rendered exclusive FAQ', () => {
  /** Which answers are open, by their buttons, checked against their answers' hidden state. */
  const openStates = (tab, selector) =>
    tab.evaluate((selector) => {
      const root = document.querySelector(selector).shadowRoot;
      return [...root.querySelectorAll('[part~="button"]')].map((button) => {
        const open = button.getAttribute('aria-expanded') === 'true';
        if (root.getElementById(button.getAttribute('aria-controls')).hidden === open)
          throw new Error(`${button.id}: aria-expanded and hidden disagree`);
        return open;
      });
    }, selector);
  const click = (tab, selector, index) =>
    tab.evaluate(
      async (selector, index) => {
        const host = document.querySelector(selector);
        host.shadowRoot.querySelectorAll('[part~="button"]')[index].click();
        await host.updateComplete;
      },
      selector,
      index,
    );

  for (const browserName of WITH_WEBKIT) {
    test(`keeps every answer the server showed, then opening one closes the others, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const release = server.hold(CDN);
      try {
        if (browserName === 'chromium') await watchLayoutShift(tab);
        const loaded = tab.goto(`${server.url}/exclusive.html`, { waitUntil: 'load' });
        await waitForShadowRoot(tab, 'hw-faq-accordion');
        await tab.evaluate(() => {
          window.serverNodes = [
            ...document.querySelector('hw-faq-accordion').shadowRoot.querySelectorAll('*'),
          ];
        });
        const before = await boxes(tab, 'hw-faq-accordion');
        const count = topic('hw-faq-accordion').items.length;
        const all = Array(count).fill(true);
        assert.deepEqual(
          await openStates(tab, 'hw-faq-accordion'),
          all,
          'every answer open before the script',
        );
        release();
        await loaded;
        await untilHydrated(tab, 'hw-faq-accordion');
        const after = await tab.evaluate(() => {
          const host = document.querySelector('hw-faq-accordion');
          const now = [...host.shadowRoot.querySelectorAll('*')];
          return {
            hydrated: host.hasUpdated,
            exclusive: host.exclusive,
            same:
              now.length === window.serverNodes.length &&
              now.every((node, i) => node === window.serverNodes[i]),
          };
        });
        assert.deepEqual(after, { hydrated: true, exclusive: true, same: true }, 'the same nodes');
        assert.deepEqual(await openStates(tab, 'hw-faq-accordion'), all, 'still every answer open');
        assert.deepEqual(await boxes(tab, 'hw-faq-accordion'), before, 'nothing moved');
        if (browserName === 'chromium') {
          const shift = await tab.evaluate(() => window.layoutShift);
          assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
        }

        // Then it works as an exclusive FAQ rendered in the browser: the reader closes the second
        // answer, opens it again (which closes the others), then opens the fourth.
        await tab.evaluate(async () => {
          const fresh = document.createElement('hw-faq-accordion');
          fresh.id = 'fresh';
          fresh.setAttribute('exclusive', '');
          document.body.append(fresh);
          await fresh.updateComplete;
        });
        await click(tab, 'hw-faq-accordion', 1);
        assert.deepEqual(
          await openStates(tab, 'hw-faq-accordion'),
          all.map((_, index) => index !== 1),
        );
        await click(tab, 'hw-faq-accordion', 1);
        await click(tab, '#fresh', 1);
        const second = all.map((_, index) => index === 1);
        assert.deepEqual(await openStates(tab, 'hw-faq-accordion'), second, 'only the one opened');
        assert.deepEqual(await openStates(tab, '#fresh'), second);
        await click(tab, 'hw-faq-accordion', 3);
        await click(tab, '#fresh', 3);
        const fourth = all.map((_, index) => index === 3);
        assert.deepEqual(await openStates(tab, 'hw-faq-accordion'), fourth);
        assert.deepEqual(await openStates(tab, '#fresh'), fourth);
        const text = await tab.evaluate(() =>
          ['hw-faq-accordion', '#fresh'].map(
            (selector) => document.querySelector(selector).shadowRoot.querySelector('div').innerText,
          ),
        );
        assert.equal(text[0], text[1], 'hydrated and client-rendered show the same');
        assert.deepEqual(await errorsIn({ tab, errors }), []);
      } finally {
        release();
        await browser.close();
      }
    });
  }
});

describe('two copies of the CDN file on a page with pre-rendered widgets', () => {
  const hydrateFile = readdirSync(join(ROOT, 'dist/cdn')).find((file) => /-cdn-hydrate-.*\.js$/.test(file));
  for (const browserName of BROWSERS) {
    test(`hydrate every widget once, with one warning and no error, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const warnings = [];
      tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
      // The first copy's hydrate support (the copy's script tag comes first) arrives last, after
      // the second copy has run.
      const release = server.hold(`/copy/cdn/${hydrateFile}`);
      const start = server.requests.length;
      try {
        // Both copies have run by DOMContentLoaded; the page's load waits for the held file.
        await tab.goto(`${server.url}/two-copies.html`, { waitUntil: 'domcontentloaded' });
        await new Promise((done) => setTimeout(done, 300));
        assert.equal(await tab.evaluate(() => customElements.get('hw-faq-accordion')), undefined);
        release();
        for (const tag of TAGS) await untilHydrated(tab, tag);
        const state = await tab.evaluate(
          (tags) => ({
            hydrated: tags.filter((tag) => document.querySelector(tag).hasUpdated),
            nativeDefine: customElements.define.toString().includes('[native code]'),
          }),
          TAGS,
        );
        assert.deepEqual(state, { hydrated: TAGS, nativeDefine: true });
        // The second copy waits in the first one's queue rather than fetching its own support.
        const asked = server.requests.slice(start);
        assert.ok(asked.includes(CDN), asked.join('\n'));
        assert.deepEqual(
          asked.filter((path) => path.includes('cdn-hydrate')),
          [`/copy/cdn/${hydrateFile}`],
        );
        assert.deepEqual(errors, []);
        assert.equal(
          warnings.filter((text) => text.includes('health-widgets')).length,
          1,
          warnings.join('\n'),
        );
      } finally {
        release();
        await browser.close();
      }
    });
  }
});

describe('a page whose hydrate support cannot load', () => {
  for (const browserName of BROWSERS) {
    test(`shows each widget once, drawn afresh, and working, in ${browserName}`, async () => {
      const { browser, tab } = await openPage(browserName);
      const unblock = server.block(/cdn-hydrate/);
      try {
        await tab.goto(`${server.url}/all.html`, { waitUntil: 'load' });
        const state = await tab.evaluate(async (tags) => {
          for (const tag of tags) await customElements.whenDefined(tag);
          for (const tag of tags) await document.querySelector(tag).updateComplete;
          const root = (tag) => document.querySelector(tag).shadowRoot;
          const ids = [...root('hw-faq-accordion').querySelectorAll('[id]')].map((node) => node.id);
          const button = root('hw-faq-accordion').querySelector('[part~="button"]');
          const before = button.getAttribute('aria-expanded');
          button.click();
          await document.querySelector('hw-faq-accordion').updateComplete;
          return {
            headings: tags.map((tag) => root(tag).querySelectorAll('h2').length),
            duplicateIds: ids.length - new Set(ids).size,
            boxes: root('hw-prevention-checklist').querySelectorAll('input').length,
            careCards: root('hw-red-flag-checker').querySelectorAll('[data-tier] ul').length,
            toggled: before !== button.getAttribute('aria-expanded'),
          };
        }, TAGS);
        const items = topic('hw-prevention-checklist').groups.flatMap((group) => group.items).length;
        assert.deepEqual(state, {
          headings: TAGS.map(() => 1),
          duplicateIds: 0,
          boxes: items,
          careCards: 0,
          toggled: true,
        });
      } finally {
        unblock();
        await browser.close();
      }
    });

    test(`keeps a define wrapper the page put in place while widgets waited, in ${browserName}`, async () => {
      const { browser, tab } = await openPage(browserName);
      const hydrateFile = readdirSync(join(ROOT, 'dist/cdn')).find((file) =>
        /-cdn-hydrate-.*\.js$/.test(file),
      );
      const release = server.hold(`/dist/cdn/${hydrateFile}`);
      try {
        await tab.goto(`${server.url}/all.html`, { waitUntil: 'domcontentloaded' });
        await tab.evaluate(() => {
          const define = customElements.define;
          window.defined = [];
          customElements.define = function (name, ...rest) {
            window.defined.push(name);
            return define.call(this, name, ...rest);
          };
        });
        release();
        for (const tag of TAGS) await untilHydrated(tab, tag);
        const defined = await tab.evaluate(() => {
          // The page's own element, defined as a page does.
          // eslint-disable-next-line no-restricted-syntax
          customElements.define('page-own-widget', class extends HTMLElement {});
          return window.defined;
        });
        assert.ok(defined.includes('page-own-widget'), defined.join(', '));
      } finally {
        release();
        await browser.close();
      }
    });
  }
});

describe("hydration on the reader's first action", () => {
  // The CDN file hydrates when the browser is idle; on a page that never is (here, idle callbacks
  // never run), the reader's first press must still work. WebKit has no idle callbacks to hold
  // back and WebDriver's clicks are not a reader's pointer, so this runs in Chromium and Firefox.
  for (const browserName of BROWSERS) {
    test(`a press on a question before the page is idle opens or closes it, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        await tab.evaluateOnNewDocument(() => {
          window.requestIdleCallback = () => 0;
        });
        await tab.goto(`${server.url}/hw-faq-accordion.html`, { waitUntil: 'load' });
        // The hydrate support has arrived, and still nothing is defined.
        await until(tab, () =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes('cdn-hydrate')),
        );
        await new Promise((done) => setTimeout(done, 300));
        assert.ok(await tab.evaluate(() => customElements.get('hw-faq-accordion') === undefined));
        await tab.evaluate(() => {
          window.serverNodes = [
            ...document.querySelector('hw-faq-accordion').shadowRoot.querySelectorAll('*'),
          ];
        });
        const button = await tab.evaluateHandle(() =>
          document.querySelector('hw-faq-accordion').shadowRoot.querySelector('[part~="button"]'),
        );
        await button.click();
        const state = await tab.evaluate(async () => {
          const host = document.querySelector('hw-faq-accordion');
          await host.updateComplete;
          const now = [...host.shadowRoot.querySelectorAll('*')];
          return {
            hydrated: host.hasUpdated,
            same:
              now.length === window.serverNodes.length &&
              now.every((node, i) => node === window.serverNodes[i]),
            expanded: [...host.shadowRoot.querySelectorAll('[part~="button"]')].map((b) =>
              b.getAttribute('aria-expanded'),
            ),
          };
        });
        const count = topic('hw-faq-accordion').items.length;
        assert.deepEqual(state, {
          hydrated: true,
          same: true,
          expanded: ['false', ...Array(count - 1).fill('true')],
        });
        await tab.evaluate(() => document.querySelector('hw-faq-accordion').updateComplete);
        assert.deepEqual(await questionsUnavailable(tab), [0, count], 'no question marked unavailable');
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});

describe('a pre-rendered checker with focus on its care card', () => {
  // A reader who reaches a link on the care card before the script arrives (here it is held
  // back) must not lose focus when hydration turns the card into the checker and the link goes.
  for (const browserName of BROWSERS) {
    test(`moves focus to the box of the sign the reader was at, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const release = server.hold(CDN);
      try {
        const loaded = tab.goto(`${server.url}/hw-red-flag-checker.html`, { waitUntil: 'load' });
        await waitForShadowRoot(tab, 'hw-red-flag-checker');
        await tab.keyboard.press('Tab');
        const before = await tab.evaluate(() => {
          const focused = document.querySelector('hw-red-flag-checker').shadowRoot.activeElement;
          return focused && `${focused.localName} in ${focused.closest('[data-tier]')?.dataset.tier}`;
        });
        assert.equal(before, 'a in emergency', "a source link of the card's first sign");
        release();
        await loaded;
        await untilHydrated(tab, 'hw-red-flag-checker');
        const after = await tab.evaluate(() => {
          const host = document.querySelector('hw-red-flag-checker');
          const focused = host.shadowRoot.activeElement;
          return {
            checker: !!host.shadowRoot.querySelector('fieldset'),
            host: document.activeElement === host,
            focused: focused && `${focused.localName}#${focused.id}`,
          };
        });
        const first = topic('hw-red-flag-checker')
          .groups.flatMap((group) => group.flags)
          .find((flag) => flag.tier === 'emergency');
        assert.deepEqual(after, { checker: true, host: true, focused: `input#flag-${first.id}` });
        assert.deepEqual(errors, []);
      } finally {
        release();
        await browser.close();
      }
    });
  }
});

describe('a page with pre-rendered and client-rendered widgets', () => {
  // Only the tags of pre-rendered widgets wait for the page to be idle: a widget the server did
  // not render shows at once. Idle callbacks are held back, as in the test above.
  for (const browserName of BROWSERS) {
    test(`shows the client-rendered widget before the pre-rendered one hydrates, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        await tab.evaluateOnNewDocument(() => {
          window.requestIdleCallback = () => 0;
        });
        await tab.goto(`${server.url}/mixed.html`, { waitUntil: 'load' });
        const state = await tab.evaluate(async () => {
          await customElements.whenDefined('hw-red-flag-checker');
          const checker = document.querySelector('hw-red-flag-checker');
          await checker.updateComplete;
          return {
            faqDefined: customElements.get('hw-faq-accordion') !== undefined,
            checkerHeading: checker.shadowRoot.querySelector('[part="heading"]')?.textContent.trim(),
            faqQuestions: document
              .querySelector('hw-faq-accordion')
              .shadowRoot.querySelectorAll('[part~="button"]').length,
          };
        });
        assert.deepEqual(state, {
          faqDefined: false,
          checkerHeading: topic('hw-red-flag-checker').heading,
          faqQuestions: topic('hw-faq-accordion').items.length,
        });
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});

/** Each widget's card border and display: what its styles give it, and nothing else does. */
const styledCards = (tab) =>
  tab.evaluate(
    (tags) =>
      tags.map((tag) => {
        const host = document.querySelector(tag);
        const card = host.shadowRoot.querySelector('.card');
        return `${tag}: ${getComputedStyle(host).display}, border ${getComputedStyle(card).borderTopStyle}`;
      }),
    TAGS,
  );

describe('pre-rendered HTML that lost parts on its way to the page', () => {
  for (const browserName of BROWSERS) {
    test(`nodes that do not match the content are drawn again, and work, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const warnings = [];
      tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
      try {
        await tab.goto(`${server.url}/stale.html`, { waitUntil: 'load' });
        await untilHydrated(tab, 'hw-faq-accordion');
        const state = await tab.evaluate(async () => {
          const faq = document.querySelector('hw-faq-accordion');
          const buttons = () => [...faq.shadowRoot.querySelectorAll('[part~="button"]')];
          const openBefore = faq.open;
          buttons()[1].click();
          await faq.updateComplete;
          return {
            questions: buttons().length,
            unavailable: buttons().filter((button) => button.hasAttribute('aria-disabled')).length,
            error: faq.shadowRoot.querySelector('[part="error"]') !== null,
            serverNodes: faq.shadowRoot.innerHTML.includes('lit-part'),
            openBefore,
            openAfter: faq.open,
          };
        });
        // The answers the server showed open stay open; the second question then closes.
        const ids = topic('hw-faq-accordion').items.map((item) => item.id);
        assert.deepEqual(state, {
          questions: ids.length,
          unavailable: 0,
          error: false,
          serverNodes: false,
          openBefore: ids.slice(0, 2),
          openAfter: ids.slice(0, 1),
        });
        assert.equal(warnings.filter((text) => text.includes('pre-rendered HTML does not match')).length, 1);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    test(`widgets whose style blocks were stripped are styled once the script runs, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        await tab.goto(`${server.url}/unstyled.html`, { waitUntil: 'load' });
        for (const tag of TAGS) await untilHydrated(tab, tag);
        assert.deepEqual(
          await styledCards(tab),
          TAGS.map((tag) => `${tag}: block, border solid`),
        );
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});

describe('pre-rendered widgets under a strict Content-Security-Policy', () => {
  test('the published style-src hashes are those of the style blocks in the HTML', async () => {
    const html = (await Promise.all(TAGS.map((tag) => renderWidget(tag)))).join('');
    const blocks = [...html.matchAll(/<style>(.*?)<\/style>/gs)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    );
    assert.equal(blocks.length, TAGS.length);
    assert.deepEqual(new Set(blocks), new Set(STYLE_HASHES));
  });

  for (const browserName of BROWSERS) {
    test(`with the hashes: styled before the script, hydrated, no violation, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const release = server.hold(CDN);
      try {
        const loaded = tab.goto(`${server.url}/csp/all.html`, { waitUntil: 'load' });
        await waitForShadowRoot(tab, TAGS[3]);
        // The style blocks apply before any script: the card's border is drawn.
        const borders = await tab.evaluate(
          (tags) =>
            tags.map(
              (tag) =>
                getComputedStyle(document.querySelector(tag).shadowRoot.querySelector('div')).borderTopStyle,
            ),
          TAGS,
        );
        assert.deepEqual(
          borders,
          TAGS.map(() => 'solid'),
        );
        release();
        await loaded;
        for (const tag of TAGS) await untilHydrated(tab, tag);
        const hydrated = await tab.evaluate(
          (tags) => tags.map((tag) => document.querySelector(tag).hasUpdated),
          TAGS,
        );
        assert.deepEqual(
          hydrated,
          TAGS.map(() => true),
        );
        assert.deepEqual(await tab.evaluate(() => window.cspViolations), []);
        assert.deepEqual(errors, []);
      } finally {
        release();
        await browser.close();
      }
    });
  }

  for (const browserName of BROWSERS) {
    test(`with the hashes, a widget the page moves into an iframe is styled with no violation, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        await tab.goto(`${server.url}/csp/all.html`, { waitUntil: 'load' });
        for (const tag of TAGS) await untilHydrated(tab, tag);
        // An iframe without a source shares the page's policy. Style sheets built in the page do
        // not apply there, so each widget carries its styles in a block, which the hashes allow.
        const seen = await tab.evaluate(async (tags) => {
          const iframe = document.createElement('iframe');
          iframe.title = 'another document';
          document.body.append(iframe);
          const other = iframe.contentDocument;
          const violations = [];
          other.addEventListener('securitypolicyviolation', (event) =>
            violations.push(event.violatedDirective),
          );
          const borders = [];
          // A new widget of each kind, and the pre-rendered FAQ, hydrated, moved over.
          const widgets = [
            ...tags.map((tag) => document.createElement(tag)),
            document.querySelector(tags[1]),
          ];
          for (const widget of widgets) {
            other.body.append(widget);
            await widget.updateComplete;
            const card = widget.shadowRoot.querySelector('div');
            borders.push(iframe.contentWindow.getComputedStyle(card).borderTopStyle);
          }
          await new Promise((done) => setTimeout(done, 100));
          return { borders, violations };
        }, TAGS);
        assert.deepEqual(
          seen.borders,
          [...TAGS, TAGS[1]].map(() => 'solid'),
        );
        assert.deepEqual(seen.violations, []);
        assert.deepEqual(await tab.evaluate(() => window.cspViolations), []);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }

  test('without the hashes, the browser reports the style blocks (so the check above can fail)', async () => {
    const { browser, tab } = await openPage('chromium');
    try {
      await tab.goto(`${server.url}/csp-without-hashes/all.html`, { waitUntil: 'load' });
      const violations = await tab.evaluate(() => window.cspViolations);
      assert.ok(
        violations.filter((line) => line.startsWith('style-src')).length >= TAGS.length,
        violations.join('\n'),
      );
      // Once the script runs, the widgets adopt their own style sheets, which the policy allows.
      for (const tag of TAGS) await untilHydrated(tab, tag);
      assert.deepEqual(
        await styledCards(tab),
        TAGS.map((tag) => `${tag}: block, border solid`),
      );
    } finally {
      await browser.close();
    }
  });
});

describe('pre-rendered widgets are axe-clean', () => {
  const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const violations = async (tab) => {
    // Nothing fades in as the page loads (the FAQ's answers show at once), so contrast is read
    // as the reader first sees it.
    const moving = await tab.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((host) => host.shadowRoot?.getAnimations().length)
        .map((host) => host.localName),
    );
    assert.deepEqual(moving, [], 'animating as the page loads');
    // Evaluated by the test browser itself, so the page's policy (no scripts) does not block it.
    await tab.evaluate(axe);
    return tab.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  for (const browserName of BROWSERS) {
    test(`before any script, and hydrated, in ${browserName}`, async () => {
      const { browser, tab } = await openPage(browserName);
      try {
        for (const tag of TAGS) {
          await tab.goto(`${server.url}/no-js/${tag}.html`, { waitUntil: 'load' });
          assert.equal(await tab.evaluate((tag) => customElements.get(tag), tag), undefined);
          assert.deepEqual(await violations(tab), [], `${tag} without scripts`);
        }
        await tab.goto(`${server.url}/csp/all.html`, { waitUntil: 'load' });
        for (const tag of TAGS) await untilHydrated(tab, tag);
        assert.deepEqual(await violations(tab), [], 'hydrated');
      } finally {
        await browser.close();
      }
    });
  }
});

describe('hydration waits for what the server had', () => {
  for (const browserName of BROWSERS) {
    test(`a Welsh FAQ waits for its pack, a table for its own content's validation, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const release = server.hold(CDN);
      try {
        const loaded = tab.goto(`${server.url}/waits.html`, { waitUntil: 'load' });
        await waitForShadowRoot(tab, 'hw-anatomy-table');
        const tags = ['hw-faq-accordion', 'hw-anatomy-table'];
        const before = await tab.evaluate((tags) => {
          window.serverNodes = tags.map((tag) => [
            ...document.querySelector(tag).shadowRoot.querySelectorAll('*'),
          ]);
          // Every word, shown or not: the FAQ's Show all is there, though hidden until the script runs.
          return tags.map((tag) => document.querySelector(tag).shadowRoot.querySelector('div').textContent);
        }, tags);
        release();
        await loaded;
        for (const tag of tags) await untilHydrated(tab, tag);
        const after = await tab.evaluate(
          (tags) =>
            tags.map((tag, index) => {
              const now = [...document.querySelector(tag).shadowRoot.querySelectorAll('*')];
              return {
                hydrated: document.querySelector(tag).hasUpdated,
                same:
                  now.length === window.serverNodes[index].length &&
                  now.every((n, i) => n === window.serverNodes[index][i]),
                text: document.querySelector(tag).shadowRoot.querySelector('div').textContent,
              };
            }),
          tags,
        );
        assert.deepEqual(errors, []);
        assert.deepEqual(
          after.map(({ hydrated, same }) => ({ hydrated, same })),
          tags.map(() => ({ hydrated: true, same: true })),
        );
        assert.deepEqual(
          after.map(({ text }) => text),
          before,
          'the same words after hydration',
        );
        assert.match(before[0], /Cuddio pob ateb|Dangos pob ateb|gwiriwyd/i);
        assert.match(before[1], /Muscles you use when you walk/);
      } finally {
        release();
        await browser.close();
      }
    });
  }
});

describe('a pre-rendered checker in another language', () => {
  for (const browserName of BROWSERS) {
    test(`keeps its emergency number while it waits for the pack, then works, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        await tab.goto(`${server.url}/welsh-checker.html`, { waitUntil: 'load' });
        await untilHydrated(tab, 'hw-red-flag-checker');
        const state = await tab.evaluate(async () => {
          const checker = document.querySelector('hw-red-flag-checker');
          const root = checker.shadowRoot;
          const error = root.querySelector('[part~="error"]')?.innerText ?? null;
          root.querySelector('input[type="checkbox"]')?.click();
          await checker.updateComplete;
          return {
            error,
            tier: checker.tier,
            outcome: root.querySelector('[part~="outcome"]')?.innerText,
            links: [...root.querySelectorAll('a[href="tel:999"]')].map((link) => link.innerText),
          };
        });
        assert.deepEqual(errors, []);
        assert.equal(state.error, null, 'no error view');
        assert.equal(state.tier, 'emergency');
        assert.match(state.outcome, /Ffoniwch 999/);
        assert.deepEqual(state.links, ['999', '999'], 'the number is a link in the outcome and the note');
      } finally {
        await browser.close();
      }
    });
  }
});

describe('a pre-rendered checklist ticked before its script runs', () => {
  for (const browserName of BROWSERS) {
    for (const file of ['hw-prevention-checklist.html', 'persist.html']) {
      test(`counts the reader's ticks once hydrated (${file}), in ${browserName}`, async () => {
        const { browser, tab, errors } = await openPage(browserName);
        const release = server.hold(CDN);
        try {
          const loaded = tab.goto(`${server.url}/${file}`, { waitUntil: 'load' });
          await waitForShadowRoot(tab, 'hw-prevention-checklist');
          const tickedIds = await tab.evaluate(() => {
            window.changes = [];
            document.addEventListener('hw-checklist-change', (event) => window.changes.push(event.detail));
            const boxes = document
              .querySelector('hw-prevention-checklist')
              .shadowRoot.querySelectorAll('input[type="checkbox"]');
            boxes[0].click();
            boxes[2].click();
            return [boxes[0].id, boxes[2].id].map((id) => id.replace(/^item-/, ''));
          });
          release();
          await loaded;
          await untilHydrated(tab, 'hw-prevention-checklist');
          const state = () =>
            tab.evaluate(async () => {
              const checklist = document.querySelector('hw-prevention-checklist');
              await checklist.updateComplete;
              const root = checklist.shadowRoot;
              return {
                checked: checklist.checked,
                boxes: [...root.querySelectorAll('input[type="checkbox"]')].filter((box) => box.checked)
                  .length,
                progress: root.querySelector('[part~="progress"]').innerText.trim(),
                bar: root.querySelector('progress').value,
                changes: window.changes,
              };
            });
          const total = topic('hw-prevention-checklist').groups.flatMap((group) => group.items).length;
          const hydrated = await state();
          assert.deepEqual(hydrated, {
            checked: tickedIds,
            boxes: 2,
            progress: `2 of ${total} done`,
            bar: 2,
            changes: [{ done: 2, total }],
          });
          assert.deepEqual(errors, []);
          if (file === 'persist.html') {
            await tab.reload({ waitUntil: 'load' });
            await untilHydrated(tab, 'hw-prevention-checklist');
            assert.deepEqual((await state()).checked, tickedIds, 'saved');
          }
        } finally {
          release();
          await browser.close();
        }
      });
    }
  }
});

describe('a pre-rendered checklist with saved ticks', () => {
  for (const browserName of BROWSERS) {
    test(`keeps them and adds a box the reader ticks while its storage code loads, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      try {
        // Saved on an earlier visit: the first two habits.
        await tab.goto(`${server.url}/persist.html`, { waitUntil: 'load' });
        await untilHydrated(tab, 'hw-prevention-checklist');
        const ids = await tab.evaluate(async () => {
          const boxes = document
            .querySelector('hw-prevention-checklist')
            .shadowRoot.querySelectorAll('input[type="checkbox"]');
          boxes[0].click();
          boxes[1].click();
          await document.querySelector('hw-prevention-checklist').updateComplete;
          return [...boxes].map((box) => box.id.slice('item-'.length));
        });
        // This visit: the reader ticks the third once the checklist is hydrated, before the
        // storage code (held by the server) arrives.
        const store = readdirSync(join(ROOT, 'dist/cdn')).find((file) =>
          /-browser-store-[\w-]+\.js$/.test(file),
        );
        await tab.goto('about:blank');
        const release = server.hold(`/dist/cdn/${store}`);
        await tab.goto(`${server.url}/persist.html`, { waitUntil: 'load' });
        await tab.evaluate(async () => {
          await customElements.whenDefined('hw-prevention-checklist');
          const checklist = document.querySelector('hw-prevention-checklist');
          for (let tries = 0; tries < 100 && !checklist.hasUpdated; tries++)
            await new Promise((done) => setTimeout(done, 20));
          checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')[2].click();
        });
        release();
        const checked = await tab.evaluate(async () => {
          const checklist = document.querySelector('hw-prevention-checklist');
          await checklist.updateComplete;
          await new Promise((done) => setTimeout(done, 200));
          await checklist.updateComplete;
          return checklist.checked;
        });
        assert.deepEqual(checked, ids.slice(0, 3));
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    test(`shows the saved ticks, in words too, once hydrated, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const state = async () => {
        await untilHydrated(tab, 'hw-prevention-checklist');
        return tab.evaluate(() => {
          const checklist = document.querySelector('hw-prevention-checklist');
          const root = checklist.shadowRoot;
          return {
            hydrated: checklist.hasUpdated,
            progress: root.querySelector('[part~="progress"]').innerText.trim(),
            note: root.querySelector('[part~="note"]').innerText.trim(),
            bar: root.querySelector('progress').value,
            ticked: [...root.querySelectorAll('input[type="checkbox"]')].filter((box) => box.checked).length,
          };
        });
      };
      try {
        await tab.goto(`${server.url}/persist.html`, { waitUntil: 'load' });
        const fresh = await state();
        await tab.evaluate(() => {
          const boxes = document
            .querySelector('hw-prevention-checklist')
            .shadowRoot.querySelectorAll('input[type="checkbox"]');
          boxes[0].click();
          boxes[1].click();
        });
        const ticked = await state();
        await tab.reload({ waitUntil: 'load' });
        const again = await state();
        assert.deepEqual(errors, []);
        assert.equal(fresh.ticked, 0);
        assert.equal(fresh.hydrated, true);
        assert.deepEqual(
          again,
          ticked,
          'after a reload, the saved ticks in the boxes, the bar and the words',
        );
        assert.notEqual(again.progress, fresh.progress);
        // The server cannot save; this browser can, and the note says so once hydrated.
        assert.equal(fresh.note, 'Your ticks are saved in this browser only.');
      } finally {
        await browser.close();
      }
    });

    test(`announces nothing on load as the saved ticks replace the server's words, in ${browserName}`, async () => {
      const { browser, tab, errors } = await openPage(browserName);
      const tickFirst = async () => {
        await untilHydrated(tab, 'hw-prevention-checklist');
        await tab.evaluate(async () => {
          const checklist = document.querySelector('hw-prevention-checklist');
          checklist.shadowRoot.querySelector('input[type="checkbox"]').click();
          await checklist.updateComplete;
        });
      };
      try {
        await tab.goto(`${server.url}/persist.html`, { waitUntil: 'load' });
        await tickFirst();
        // The page again, with the script held back until the server's live regions are watched.
        await tab.goto('about:blank');
        const release = server.hold(CDN);
        const loaded = tab.goto(`${server.url}/persist.html`, { waitUntil: 'load' });
        await waitForShadowRoot(tab, 'hw-prevention-checklist');
        await tab.evaluate(() => {
          const root = document.querySelector('hw-prevention-checklist').shadowRoot;
          // Words that change inside a live region are what a screen reader reads out.
          window.announced = [];
          new MutationObserver((records) => {
            for (const { target } of records) {
              const element = target.nodeType === Node.ELEMENT_NODE ? target : target.parentElement;
              const region = element?.closest('[role="status"], [aria-live]');
              if (region && region.getAttribute('aria-live') !== 'off')
                window.announced.push(region.innerText.trim());
            }
          }).observe(root, { childList: true, characterData: true, subtree: true });
        });
        release();
        await loaded;
        const settled = async () => {
          await untilHydrated(tab, 'hw-prevention-checklist');
          return tab.evaluate(async () => {
            // Hydration gives the live regions back two frames after its last update: one more.
            await new Promise((done) => requestAnimationFrame(done));
            const root = document.querySelector('hw-prevention-checklist').shadowRoot;
            return {
              progress: root.querySelector('[part~="progress"]').innerText.trim(),
              regions: [...root.querySelectorAll('[part~="progress"], [part~="note"]')].map(
                (region) => `${region.getAttribute('role')} ${region.getAttribute('aria-live')}`,
              ),
              announced: window.announced.splice(0),
            };
          });
        };
        const hydrated = await settled();
        assert.deepEqual(errors, []);
        assert.match(hydrated.progress, /^1 of \d+ done$/, 'the saved tick, in words');
        assert.deepEqual(hydrated.announced, [], 'nothing read out on load');
        assert.deepEqual(hydrated.regions, ['status null', 'status null'], 'live again once hydrated');
        // The reader's own tick is announced, from the same region.
        await tickFirst();
        const after = await settled();
        assert.match(after.progress, /^0 of \d+ done$/);
        assert.ok(after.announced.includes(after.progress), `"${after.progress}" read out`);
      } finally {
        await browser.close();
      }
    });
  }
});
