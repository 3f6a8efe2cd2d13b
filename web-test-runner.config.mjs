// Unit and browser tests, headless in Debian's Chromium and Firefox ESR, and in WebKitGTK through
// its WebDriver.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { litCssModules } from './scripts/css-modules.mjs';
import { bundledPackages } from './scripts/bundled-packages.mjs';
import { storiesModule, storybookApi } from './scripts/stories-module.mjs';
import { startWebKitDriver, webkitCapabilities } from './scripts/webkit.mjs';

/** WebKit through WebDriver: starts its own driver (and X display) and ends them when done. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      // WebKitGTK's WebDriver BiDi is partial; the classic protocol covers what the tests need.
      capabilities: { ...webkitCapabilities, 'wdio:enforceWebDriverClassic': true },
      logLevel: 'error',
    });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    this.webkitDriver = await startWebKitDriver();
    Object.assign(this.options, { hostname: this.webkitDriver.hostname, port: this.webkitDriver.port });
  }

  async stop() {
    await super.stop();
    this.webkitDriver?.stop();
  }

  /**
   * WebDriver cannot hold a key down between commands, so `sendKeys({ press: 'Shift+Tab' })`
   * presses a chord: every key goes down in order, then up.
   */
  sendKeys(sessionId, keys) {
    return super.sendKeys(
      sessionId,
      keys.flatMap((key) => (key.length > 1 && key.includes('+') ? key.split('+') : [key])),
    );
  }
}

const only = process.env.BROWSERS?.split(',');
const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    },
  }),
  puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  }),
  new WebKitLauncher(),
].filter((_, index) => !only || only.includes(['chromium', 'firefox', 'webkit'][index]));

/**
 * Ends the run with plain lines for CI logs: each browser's results and time, from its first test
 * file starting (or the run's start, for the browsers that begin with it) to its last finishing,
 * then the totals.
 */
function totalsReporter() {
  let started = Date.now();
  const times = new Map();
  return {
    start({ sessions, startTime }) {
      started = startTime;
      sessions.on('session-status-updated', ({ browser, status }) => {
        const time = times.get(browser.name) ?? {};
        if (status === 'INITIALIZING') time.start ??= Date.now();
        if (status === 'FINISHED') time.end = Date.now();
        times.set(browser.name, time);
      });
    },
    onTestRunFinished({ sessions }) {
      const totals = new Map();
      const count = (tally, suite) => {
        for (const test of suite.tests) {
          if (test.skipped) tally.skipped++;
          else if (test.passed) tally.passed++;
          else tally.failed++;
        }
        suite.suites.forEach((inner) => count(tally, inner));
      };
      for (const session of sessions) {
        const name = session.browser.name;
        if (!totals.has(name)) totals.set(name, { passed: 0, failed: 0, skipped: 0 });
        if (session.testResults) count(totals.get(name), session.testResults);
        else totals.get(name).failed++;
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      const lines = [...totals].map(([name, tally]) => {
        for (const key in all) all[key] += tally[key];
        const { start = started, end = Date.now() } = times.get(name) ?? {};
        const seconds = Math.round((end - start) / 1000);
        return `${name}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped in ${seconds} s`;
      });
      lines.push(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      process.on('exit', () => console.log(`\n${lines.join('\n')}`));
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers,
  reporters: [defaultReporter(), totalsReporter()],
  mimeTypes: { '**/*.module.css': 'js' },
  plugins: [
    storiesModule(),
    storybookApi(),
    bundledPackages(['syllable']),
    fromRollup(litCssModules)(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  // Two browsers at a time (WebKit starts when one of the others is done), on two cores: room for
  // the slower moments of a busy machine, where starting a page or running axe over every state
  // of an element can take longer than the defaults.
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testFramework: { config: { timeout: 30000 } },
  // Lit's development build warns about itself on every page; its other warnings stay on.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  testsFinishTimeout: 240000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.d.css.ts', 'src/test-support/**'],
    threshold: { lines: 90, statements: 90, branches: 80, functions: 85 },
    reporters: ['text-summary', 'lcov'],
  },
};
