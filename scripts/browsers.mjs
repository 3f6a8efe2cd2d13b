// The test browsers: Debian's Chromium and Firefox ESR, as scripts/ensure-browsers.sh installs
// them, shared by the browser tests and the end-to-end tests.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Chromium refuses to sandbox as root; the other flags keep it off the network and quiet.
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
