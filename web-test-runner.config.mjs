// Unit and browser tests, headless in Debian's Chromium and Firefox ESR.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { litCssModules } from './scripts/css-modules.mjs';
import { bundledPackages } from './scripts/bundled-packages.mjs';
import { storiesModule } from './scripts/stories-module.mjs';

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
].filter((_, index) => !only || only.includes(['chromium', 'firefox'][index]));

/** Ends the run with one plain line of totals across both browsers, for CI logs. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        else failed++;
      }
      process.on('exit', () => console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`));
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
    bundledPackages(['syllable']),
    fromRollup(litCssModules)(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  testFramework: { config: { timeout: 10000 } },
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
