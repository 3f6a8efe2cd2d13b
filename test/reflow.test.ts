/**
 * WCAG 1.4.4 and 1.4.10 together: at 320 px wide with text at 200%, no element needs sideways
 * scrolling and no text leaves its card, whatever state it is in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { anatomyTopics, checklistTopics, faqTopics, redFlagTopics } from '../src/content/topics.js';
import { overflowing } from '../src/test-support/helpers.js';

const TAGS = ['hw-anatomy-table', 'hw-faq-accordion', 'hw-red-flag-checker', 'hw-prevention-checklist'];

const BUNDLED: Record<string, unknown> = {
  'hw-anatomy-table': anatomyTopics['back-spasms-walking'],
  'hw-faq-accordion': faqTopics['back-spasms-walking'],
  'hw-red-flag-checker': redFlagTopics['back-spasms-walking'],
  'hw-prevention-checklist': checklistTopics['back-spasms-walking'],
};

/** The content with every piece of reader-facing text (any string with a space) as one 3,000-character word. */
const longWords = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.includes(' ')
      ? 'W'.repeat(3000)
      : value
    : Array.isArray(value)
      ? value.map(longWords)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, longWords(item)]))
        : value;

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

    it(`<${tag}> fits when its content is one 3,000-character word after another`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%"></div>`);
      const el = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
        content: unknown;
      };
      el.content = longWords(BUNDLED[tag]);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]'), 'the content is valid').to.equal(null);
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>(
        '[aria-expanded="false"], input[type="checkbox"]:not(#none-of-these)',
      )) {
        control.click();
      }
      await el.updateComplete;
      expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      expect(wrapper.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    });
  }
});
