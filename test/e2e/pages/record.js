// Put first into pages the WebKit tests open, as WebDriver reports no console messages or page
// errors: records them for the test to read.
window.recorded = { errors: [], warnings: [] };
for (const [method, list] of [
  ['error', window.recorded.errors],
  ['warn', window.recorded.warnings],
]) {
  const original = console[method];
  console[method] = (...args) => {
    list.push(args.map(String).join(' '));
    original.apply(console, args);
  };
}
addEventListener('error', (event) => window.recorded.errors.push(event.message));
addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
