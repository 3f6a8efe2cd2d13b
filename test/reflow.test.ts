/**
 * WCAG 1.4.4 and 1.4.10 together: at 320 px wide with text at 200%, no element needs sideways
 * scrolling and no text leaves its card, whatever state it is in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { anatomyTopics, checklistTopics, faqTopics, redFlagTopics } from '../src/content/topics.js';
import type { HwRedFlagChecker } from '../src/components/red-flag-checker/red-flag-checker.js';
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

describe('320 px wide with 200% text, in a language with long words', () => {
  it('<hw-red-flag-checker> wraps a tier name longer than the line', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%"></div>`);
    const el = document.createElement('hw-red-flag-checker') as HwRedFlagChecker;
    // As long as a word can be: Spanish "Emergencia" with 200% text and wider spacing overflowed.
    el.strings = { emergency: 'Emergency'.repeat(4) };
    const emergency = redFlagTopics['back-spasms-walking'].groups
      .flatMap((group) => group.flags)
      .find((flag) => flag.tier === 'emergency')!;
    el.checked = [emergency.id];
    wrapper.append(el);
    await el.updateComplete;
    expect(el.tier).to.equal('emergency');
    expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
    expect(wrapper.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
  });
});

/**
 * Page builders centre blocks in flex rows, shrink-to-fit boxes and layout tables: a widget
 * there takes its natural width, so each must have one (a size container alone has none).
 */
describe('in a parent that sizes to its content', () => {
  const parents = {
    'a flex row beside a 200 px column': (el: string) =>
      `<div style="display: flex; width: 800px"><div style="flex: 0 0 200px">Side</div>${el}</div>`,
    'an inline-block': (el: string) =>
      `<div style="width: 800px"><div style="display: inline-block">${el}</div></div>`,
    'a layout table cell': (el: string) => `<table style="width: 800px"><tr><td>${el}</td></tr></table>`,
  };
  for (const tag of TAGS) {
    for (const [name, parent] of Object.entries(parents)) {
      it(`<${tag}> in ${name} is wide enough to read, and fits`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.innerHTML = parent(`<${tag}></${tag}>`);
        const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const width = el.getBoundingClientRect().width;
        expect(width, 'width').to.be.at.least(300);
        expect(width, 'width').to.be.at.most(800);
        expect(overflowing(el), 'text outside its card').to.deep.equal([]);
      });
    }
  }
});

/** `white-space` inherits into shadow DOM: a page's `nowrap` or `pre` must not reach the card. */
describe('in a parent with its own white-space', () => {
  for (const tag of TAGS) {
    for (const whiteSpace of ['nowrap', 'pre']) {
      it(`<${tag}> wraps its text inside a parent with white-space: ${whiteSpace}`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 600px; white-space: ${whiteSpace}"></div>`,
        );
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        wrapper.append(el);
        await el.updateComplete;
        expect(el.getBoundingClientRect().width, 'width').to.be.at.most(600);
        expect(overflowing(el), 'text outside its card').to.deep.equal([]);
        expect(wrapper.scrollWidth, 'sideways scrolling').to.be.at.most(600);
      });
    }
  }
});
