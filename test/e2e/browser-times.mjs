// A reporter for node's test runner: after the end-to-end tests, each browser's count of tests and
// the time they took, from test names that end "in chromium", "in firefox" or "in webkit".
export default async function* browserTimes(source) {
  const browsers = new Map();
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details.type === 'suite') continue;
    const browser = / in (chromium|firefox|webkit)\b/.exec(data.name)?.[1];
    if (!browser || data.skip) continue;
    const tally = browsers.get(browser) ?? { tests: 0, failed: 0, ms: 0 };
    tally.tests++;
    if (type === 'test:fail') tally.failed++;
    tally.ms += data.details.duration_ms;
    browsers.set(browser, tally);
  }
  if (browsers.size === 0) return;
  yield '\nEnd-to-end tests by browser:\n';
  for (const [browser, { tests, failed, ms }] of browsers) {
    yield `${browser}: ${tests} tests, ${failed} failed, in ${Math.round(ms / 1000)} s\n`;
  }
}
