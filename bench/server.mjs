// A static server on 127.0.0.1 for the bench pages and each system's files, straight from the
// build and node_modules. Nothing is cached, so every visit loads and compiles its scripts anew.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// URL prefix → folder. GOV.UK's CSS asks for its fonts at /assets/, its default path.
const roots = {
  '/bench/': 'bench',
  '/hw/': 'dist',
  '/govuk/': 'node_modules/govuk-frontend/dist/govuk',
  '/assets/': 'node_modules/govuk-frontend/dist/govuk/assets',
  '/shoelace/': 'node_modules/@shoelace-style/shoelace/cdn',
};

/** Serves `pages` (path → HTML) and the folders above; resolves to the server's origin. */
export async function serve(pages) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const headers = { 'cache-control': 'no-store' };
    try {
      if (pages.has(pathname)) {
        response.writeHead(200, { ...headers, 'content-type': types['.html'] });
        return response.end(pages.get(pathname));
      }
      const prefix = Object.keys(roots).find((root) => pathname.startsWith(root));
      const relative = prefix && normalize(decodeURIComponent(pathname.slice(prefix.length)));
      if (!relative || relative.startsWith('..')) throw new Error('outside the served folders');
      const body = await readFile(join(projectRoot, roots[prefix], relative));
      response.writeHead(200, {
        ...headers,
        'content-type': types[extname(relative)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
