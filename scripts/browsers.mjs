// The test browsers: Debian's Chromium, Firefox ESR and WebKitGTK (through its WebDriver), as
// scripts/ensure-browsers.sh installs them, shared by the browser tests and the end-to-end tests.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

// Chromium refuses to sandbox as root; the other flags keep it off the network and quiet.
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
