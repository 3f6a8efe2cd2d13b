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

/**
 * The end of the first frame's paint on the page's main thread after the user-timing mark `name`:
 * its Paint, or, when nothing on screen changed (what the parser added since the last paint is
 * below the fold), its PrePaint. Trace times are microseconds on the trace's own clock, so only
 * differences count.
 */
function paintAfter(events, name) {
  const mark = events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`no ${name} mark in the trace`);
  const steps = events
    .filter((event) => /^(Pre)?Paint$/.test(event.name) && event.ph === 'X' && event.tid === mark.tid)
    .filter((event) => event.ts >= mark.ts)
    .sort((a, b) => a.ts - b.ts);
  const prePaint = steps.findIndex((event) => event.name === 'PrePaint');
  if (prePaint < 0) throw new Error(`no frame after ${name}`);
  const next = steps[prePaint + 1];
  const end = next?.name === 'Paint' ? next : steps[prePaint];
  return { mark: mark.ts, end: end.ts + end.dur };
}

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
    // A trace gives each paint: "shown" ends with the first one after the content is in place.
    const trace = async () => JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents;
    const categories = ['devtools.timeline', 'blink.user_timing'];
    await tab.tracing.start({ categories });
    await tab.goto(`${server.origin}${page.path}`);
    const contentMarked = await tab.evaluate(() => window.benchShown);
    const content = paintAfter(await trace(), 'bench:content');
    const shown = contentMarked + (content.end - content.mark) / 1000;
    // Opening every sl-details at once lays the page out again for each one: at 2,000 that takes
    // minutes, so show all gives up at a limit, and the tab with it.
    await tab.tracing.start({ categories });
    const opening = tab.evaluate(() => window.benchShowAll());
    opening.catch(() => {}); // it may be cut short by the tab closing
    const opened = await Promise.race([opening, sleep(SHOW_ALL_LIMIT, Infinity, { ref: false })]);
    if (offsite.length) throw new Error(`requests off the local server: ${offsite.join(', ')}`);
    // A page shown open gives the time it is interactive instead; one past the limit, Infinity.
    if (opened === Infinity) return { shown, showAll: opened };
    const events = await trace();
    if (opened !== undefined) return { shown, showAll: opened };
    const start = events.find((event) => event.name === 'bench:show-all').ts;
    return { shown, showAll: (paintAfter(events, 'bench:answers-laid-out').end - start) / 1000 };
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
