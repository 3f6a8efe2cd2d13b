// WebKit for the tests: Debian's WebKitWebDriver (WebKitGTK's MiniBrowser), on a virtual X display
// when there is no display. Shared by the browser tests and the end-to-end tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webkitDriverPath } from './browsers.mjs';

/**
 * Capabilities of a WebKit session. Tab skips links, as in Safari's default settings ("Press Tab
 * to highlight each item on a webpage" is off): what most Safari readers get.
 */
export const webkitCapabilities = {
  'webkitgtk:browserOptions': { args: ['--automation', '--enable-tabs-to-links=false'] },
};

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display number; resolves to `{ display, process }`. */
function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`WebKit needs an X display: install Debian's xvfb (${error.message})`)),
    );
    child.once('exit', (code) => reject(new Error(`Xvfb stopped before starting (exit code ${code})`)));
    child.stdio[3].once('data', (data) => resolve({ display: `:${String(data).trim()}`, process: child }));
  });
}

/** Waits until the driver answers its status endpoint. */
async function waitForDriver(url, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 seconds');
}

/**
 * Starts WebKitWebDriver on a free port, with an Xvfb display of its own unless DISPLAY is set.
 * Resolves to `{ hostname, port, stop }`; `stop()` ends both.
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    process.off('exit', stop);
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  // Ends them even when the test run stops early.
  process.once('exit', stop);
  try {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env });
    children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    return { hostname: '127.0.0.1', port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
