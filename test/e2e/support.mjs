// Shared by the end-to-end tests: a static file server on the loopback interface, the test
// browsers (WebKit through plain W3C WebDriver), and the packed package installed into throwaway
// projects.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';
import { startWebKitDriver, webkitCapabilities } from '../../scripts/webkit.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TAGS = [
  'hw-anatomy-table',
  'hw-faq-accordion',
  'hw-red-flag-checker',
  'hw-prevention-checklist',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const RECORDER = '/__record.js';

/**
 * Serves the files under `root` on 127.0.0.1. `headers(path)` adds response headers, such as a
 * Content-Security-Policy for one page. A page asked for with `?record` gets a script first in its
 * head that records its errors and warnings (see pages/record.js). Resolves to `{ url, requests,
 * hold, block, close }`: `requests` lists every path asked for, `hold(path)` keeps that file's
 * response back until the function it returns is called, and `block(pattern)` drops requests.
 */
export async function serve(root, headers = () => ({})) {
  const requests = [];
  const held = new Map();
  const blocked = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    // Browsers ask for an icon on their own; it is not the page's request.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    requests.push(path);
    // A blocked file never arrives, as when the reader is offline or a filter stops it.
    if (blocked.some((pattern) => pattern.test(path))) return response.destroy();
    await held.get(path)?.promise;
    const file =
      path === RECORDER
        ? join(ROOT, 'test/e2e/pages/record.js')
        : normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (path !== RECORDER && !file.startsWith(normalize(root))) return response.writeHead(403).end();
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return response.writeHead(404).end();
    }
    if (extname(file) === '.html' && url.searchParams.has('record')) {
      body = String(body).replace('<head>', `<head><script src="${RECORDER}"></script>`);
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(path),
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    hold(path) {
      let release;
      const promise = new Promise((done) => (release = done));
      held.set(path, { promise });
      return () => {
        held.delete(path);
        release();
      };
    },
    /** Drops every request whose path matches `pattern` until the function it returns is called. */
    block(pattern) {
      blocked.push(pattern);
      return () => blocked.splice(blocked.indexOf(pattern), 1);
    },
    close: () =>
      new Promise((done) => {
        held.forEach((_, path) => held.delete(path));
        server.close(done);
        server.closeAllConnections();
      }),
  };
}

/**
 * WebKit, driven over plain W3C WebDriver: a page with the calls the tests need. WebDriver offers
 * no console, error or request events: open pages with `?record` and read `recorded()` instead.
 * `pageLoad: 'none'` makes `goto` return without waiting for the page to load.
 */
export async function openWebKit({ width = 1000, height = 800, pageLoad = 'normal' } = {}) {
  const driver = await startWebKitDriver();
  const base = `http://${driver.hostname}:${driver.port}`;
  const send = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  let session;
  try {
    const capabilities = { alwaysMatch: { ...webkitCapabilities, pageLoadStrategy: pageLoad } };
    ({ sessionId: session } = await send('POST', '/session', { capabilities }));
  } catch (error) {
    driver.stop();
    throw error;
  }
  const command = (method, path, body) => send(method, `/session/${session}${path}`, body);
  const page = {
    goto: (url) => command('POST', '/url', { url }),
    async reload() {
      await page.evaluate(() => (window.reloading = true));
      await command('POST', '/refresh', {});
      // The driver can answer before the new document has replaced the old one.
      for (let tries = 0; tries < 200; tries++) {
        const fresh = page.evaluate(() => !window.reloading && document.readyState === 'complete');
        if (await fresh.catch(() => false)) return;
        await new Promise((done) => setTimeout(done, 50));
      }
      throw new Error('The page did not reload within 10 seconds');
    },
    /** Runs `fn(...args)` in the page and returns its (awaited) result. */
    evaluate: (fn, ...args) =>
      command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args }),
    recorded: () => page.evaluate(() => window.recorded),
    /** Sizes the window so that the page's viewport is `width` × `height`. */
    async setViewport(size) {
      // The window can answer before it has resized, or miss a resize: ask again until it fits.
      for (let tries = 0; tries < 50; tries++) {
        const inner = await page.evaluate(() => [innerWidth, innerHeight]);
        if (inner[0] === size.width && inner[1] === size.height) return;
        if (tries % 10 === 0) {
          const rect = await command('GET', '/window/rect');
          await command('POST', '/window/rect', {
            width: size.width + rect.width - inner[0],
            height: size.height + rect.height - inner[1],
          });
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`The window did not take a ${size.width} × ${size.height} viewport`);
    },
    async close() {
      try {
        await command('DELETE', '');
      } finally {
        driver.stop();
      }
    },
  };
  await page.setViewport({ width, height });
  return page;
}

/** Launches a headless test browser: 'chromium' or 'firefox', from the Debian packages. */
export function launch(browser) {
  if (browser === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
    });
  }
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

/**
 * Opens `url` in a fresh test browser, once it has loaded. In Chromium and Firefox every request
 * is recorded in `requests` and any not to `origin` is stopped, and page errors are recorded.
 * In WebKit, whose WebDriver reports neither, `requests` is null and the page records its own
 * errors (`?record`). Resolves to `{ page, requests, errors, close }`; `errors()` resolves to
 * the page's uncaught errors.
 */
export async function openPage(browserName, url, origin = new URL(url).origin) {
  if (browserName === 'webkit') {
    const page = await openWebKit();
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}record`);
    return {
      page,
      requests: null,
      errors: async () => (await page.recorded()).errors,
      close: () => page.close(),
    };
  }
  const browser = await launch(browserName);
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    return request.url().startsWith(origin) ? request.continue() : request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors: async () => errors, close: () => browser.close() };
}

/** Every tag on the page, with whether it upgraded and rendered content without an error view. */
export function renderedTags(page) {
  return page.evaluate(async (tags) => {
    const found = {};
    for (const tag of tags) {
      const elements = [...document.querySelectorAll(tag)];
      await Promise.all(elements.map((element) => element.updateComplete));
      found[tag] = elements.map((element) => ({
        upgraded: customElements.get(tag) !== undefined && element instanceof customElements.get(tag),
        rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
        error: Boolean(element.shadowRoot?.querySelector('[part="error"]')),
      }));
    }
    return found;
  }, TAGS);
}

let packed;
/** Packs the package once (as `npm publish` would) and returns the tarball's path. */
export function packTarball() {
  if (packed) return packed;
  const destination = mkdtempSync(join(tmpdir(), 'hw-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  packed = join(destination, JSON.parse(output)[0].filename);
  return packed;
}

/**
 * A fresh project in a temporary folder with the packed package installed, as a user would have
 * it. `files` maps relative paths to contents. Returns `{ dir, remove }`.
 */
export function consumerProject(files, dependencies = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hw-consumer-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync(
    'npm',
    ['install', packTarball(), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
