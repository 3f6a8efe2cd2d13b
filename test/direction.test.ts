/**
 * Each widget reads in its content's direction, not the page's: English content on a
 * right-to-left page keeps its punctuation in place, and right-to-left content mirrors.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { anatomy, checklist, faq, redFlags } from '../src/content/topics/back-spasms-walking.js';
import { captureConsole } from '../src/test-support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; content?: unknown };

const CONTENT = {
  'hw-anatomy-table': anatomy,
  'hw-faq-accordion': faq,
  'hw-red-flag-checker': redFlags,
  'hw-prevention-checklist': checklist,
} as const;

async function onRightToLeftPage(tag: string, content?: unknown, dir?: string): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"></div>`);
  const el = document.createElement(tag) as Widget;
  if (content) el.content = content;
  if (dir) el.setAttribute('dir', dir);
  page.append(el);
  await el.updateComplete;
  return el;
}

const direction = (el: Widget, selector: string) =>
  getComputedStyle(el.shadowRoot!.querySelector(selector)!).direction;

describe('direction on a right-to-left page', () => {
  for (const [tag, bundled] of Object.entries(CONTENT)) {
    it(`<${tag}> with English content reads left to right`, async () => {
      const el = await onRightToLeftPage(tag);
      expect(direction(el, '.card')).to.equal('ltr');
    });

    it(`<${tag}> with Arabic content reads right to left`, async () => {
      const arabic = { ...bundled, meta: { ...bundled.meta, lang: 'ar' }, heading: 'الظهر' };
      const el = await onRightToLeftPage(tag, arabic);
      expect(direction(el, '.card')).to.equal('rtl');
    });

    it(`<${tag}> with its own dir reads in that direction, whatever its first words`, async () => {
      // Arabic content whose first words are Latin letters: `auto` alone would read left to right.
      const arabic = { ...bundled, meta: { ...bundled.meta, lang: 'ar' }, heading: 'MRI: الظهر' };
      expect(direction(await onRightToLeftPage(tag, arabic, 'rtl'), '.card')).to.equal('rtl');
      expect(direction(await onRightToLeftPage(tag, undefined, 'ltr'), '.card')).to.equal('ltr');
    });

    it(`<${tag}> follows its own dir as it changes`, async () => {
      const arabic = { ...bundled, meta: { ...bundled.meta, lang: 'ar' }, heading: 'الظهر' };
      const el = await onRightToLeftPage(tag, arabic);
      expect(direction(el, '.card')).to.equal('rtl');
      el.setAttribute('dir', 'ltr');
      expect(direction(el, '.card')).to.equal('ltr');
      el.removeAttribute('dir');
      expect(direction(el, '.card')).to.equal('rtl');
    });

    it(`<${tag}>'s error view reads in the direction of its words`, async () => {
      const logged = captureConsole('error');
      try {
        const el = await onRightToLeftPage(tag, { ...bundled, heading: 7 });
        // English words (no Arabic pack): left to right, the problems too.
        expect(direction(el, '[part="error"]')).to.equal('ltr');
        expect(direction(el, '[part="error"] ul')).to.equal('ltr');
        expect(logged.calls.length).to.equal(1);
      } finally {
        logged.restore();
      }
    });
  }
});
