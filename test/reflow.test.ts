/**
 * WCAG 1.4.4 and 1.4.10 together: at 320 px wide with text at 200%, no element needs sideways
 * scrolling and no text leaves its card, whatever state it is in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { overflowing } from '../src/test-support/helpers.js';

const TAGS = ['hw-anatomy-table', 'hw-faq-accordion', 'hw-red-flag-checker', 'hw-prevention-checklist'];

describe('320 px wide with 200% text', () => {
  for (const tag of TAGS) {
    it(`<${tag}> fits, with every control used`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%"></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      wrapper.append(el);
      await el.updateComplete;
      // Open every answer and tick every box, so the widest state is measured too.
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>(
        '[aria-expanded="false"], input[type="checkbox"]',
      )) {
        control.click();
      }
      await el.updateComplete;
      expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      expect(wrapper.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    });
  }
});
