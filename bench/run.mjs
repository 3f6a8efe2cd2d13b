// `npm run bench`: times an FAQ of 200 and of 2,000 questions as static <details> HTML, the
// GOV.UK Frontend accordion, Shoelace's sl-details and <hw-faq-accordion>, client-rendered and
// pre-rendered on the server, in one headless
// Chromium, and prints medians and ratios to static HTML. A benchmark, not a test: targets it
// misses are printed, never fail the run.
//
//   node bench/run.mjs [--rounds=9] [--write]
//
// It measures dist/ as it is (`npm run bench` builds first). --write puts the table in README.md.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { buildPages, faqItems, systems } from './pages.mjs';
import { markdown, SHOW_ALL_LIMIT, summarise, writeReadme } from './report.mjs';
import { serve } from './server.mjs';

const COUNTS = [200, 2000];
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}`))?.split('=')[1] ?? '';
const rounds = Number(option('rounds')) || 9;
const write = process.argv.includes('--write');

const cdnFile = fileURLToPath(new URL('../dist/cdn/health-widgets.js', import.meta.url));
if (!existsSync(cdnFile)) {
  console.error('No build found: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// The review data of the bundled topic, so the element's footer shows what a real page shows.
const { faqTopics, DEFAULT_TOPIC } = await import('../dist/content.js');
const { renderWidget } = await import('../dist/server.js');
const meta = faqTopics[DEFAULT_TOPIC].meta;
const prerendered = new Map();
for (const count of COUNTS) {
  const content = { meta, heading: 'Questions and answers', items: faqItems(count) };
  prerendered.set(count, await renderWidget('hw-faq-accordion', { content }));
}
const pages = buildPages(COUNTS, meta, (count) => prerendered.get(count));
const server = await serve(new Map(pages.map((page) => [page.path, page.html])));

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  // Every host name but the local server fails to resolve: nothing can come from the network.
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const version = await browser.version();

/** One visit in a fresh tab (fresh sessionStorage, which GOV.UK uses to remember open sections). */
async function visit(page) {
  const tab = await browser.newPage();
  const offsite = [];
  tab.on('request', (request) => {
    const url = request.url();
    // data: URLs (Shoelace's inline icons) are part of the page, not requests.
    if (!url.startsWith(server.origin) && !url.startsWith('data:')) offsite.push(url);
  });
  try {
    await tab.setViewport({ width: 1280, height: 800 });
    // Without motion, opening is done when layout is: Shoelace animates heights otherwise.
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await tab.goto(`${server.origin}${page.path}`);
    const shown = await tab.evaluate(() => window.benchShown);
    // Opening every sl-details at once lays the page out again for each one: at 2,000 that takes
    // minutes, so show all gives up at a limit, and the tab with it.
    const opening = tab.evaluate(() => window.benchShowAll());
    opening.catch(() => {}); // it may be cut short by the tab closing
    const showAll = await Promise.race([opening, sleep(SHOW_ALL_LIMIT, Infinity, { ref: false })]);
    if (offsite.length) throw new Error(`requests off the local server: ${offsite.join(', ')}`);
    return { shown, showAll };
  } finally {
    await tab.close();
  }
}

// Round-robin: every page once a round, starting one system later each round, so drift on a
// shared machine falls on every system alike. Round 0 warms up and is not counted.
const samples = new Map(pages.map((page) => [`${page.system}-${page.count}`, { shown: [], showAll: [] }]));
const failures = new Set();
try {
  for (let round = 0; round <= rounds; round++) {
    process.stdout.write(round === 0 ? 'warm-up' : ` ${round}`);
    for (const count of COUNTS) {
      for (let i = 0; i < systems.length; i++) {
        const system = systems[(i + round) % systems.length];
        const page = pages.find((p) => p.system === system && p.count === count);
        try {
          const { shown, showAll } = await visit(page);
          if (round === 0) continue;
          samples.get(`${system}-${count}`).shown.push(shown);
          samples.get(`${system}-${count}`).showAll.push(showAll);
        } catch (error) {
          failures.add(`${page.path}: ${error.message}`);
        }
      }
    }
  }
  process.stdout.write('\n\n');
} finally {
  await browser.close();
  server.close();
}

// Other work on the machine slows every system; the load says how much there was.
const load = loadavg()[0].toFixed(1);
const cpu = cpus();
const about =
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} cores (${cpu[0]?.model.trim()}), ` +
  `headless Chromium ${version.replace(/^\D*/, '')}, Node ${process.version}, load average ${load} ` +
  `at the end: medians of ${rounds} ` +
  `interleaved rounds from one run, each visit in a fresh tab with nothing cached; show all ` +
  `waits at most ${SHOW_ALL_LIMIT / 1000} s.`;
const text = markdown(summarise(samples, COUNTS), about);
console.log(text);
for (const failure of failures) console.log(`failed: ${failure}`);
if (write) {
  await writeReadme(fileURLToPath(new URL('../README.md', import.meta.url)), text);
  console.log('README.md updated.');
}
