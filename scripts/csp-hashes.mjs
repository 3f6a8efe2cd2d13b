// Writes dist/csp.json: the `style-src` sources that pre-rendered widgets need under a
// Content-Security-Policy without 'unsafe-inline'. A server-rendered shadow root carries its
// element's styles in one <style> block; each block's SHA-256 hash allows exactly that block.
// Run after rollup, from the built server entry, so the hashes are of the CSS as shipped.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ELEMENTS, renderWidget } from '../dist/server.js';

const hashes = {};
for (const tag of ELEMENTS) {
  const html = await renderWidget(tag);
  const blocks = [...html.matchAll(/<style>(.*?)<\/style>/gs)].map(([, css]) => css);
  if (blocks.length !== 1) throw new Error(`${tag}: expected one <style> block, found ${blocks.length}`);
  hashes[tag] = `'sha256-${createHash('sha256').update(blocks[0], 'utf8').digest('base64')}'`;
}
const csp = {
  description:
    "Add these sources to style-src for pages with pre-rendered health-widgets: one hash per element's style block.",
  'style-src': [...new Set(Object.values(hashes))],
  elements: hashes,
};
writeFileSync('dist/csp.json', `${JSON.stringify(csp, null, 2)}\n`);
console.log(`dist/csp.json: ${csp['style-src'].length} style-src hashes.`);
