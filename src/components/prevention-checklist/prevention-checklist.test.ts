import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChecklistContent } from '../../content/schema.js';
import { checklist as bundled } from '../../content/topics/back-spasms-walking.js';
import {
  captureConsole,
  DARK_PAGE,
  expectContentError,
  overflowing,
  textOf,
} from '../../test-support/helpers.js';
import { storageKey } from './checklist-store.js';
import './prevention-checklist.js';
import { checklistStrings, HwPreventionChecklist } from './prevention-checklist.js';

const ids = (content: ChecklistContent) =>
  content.groups.flatMap((group) => group.items.map((item) => item.id));
const ALL = ids(bundled);
const KEY = storageKey(bundled.meta.id, bundled.meta.version);

const custom: ChecklistContent = {
  ...bundled,
  heading: 'Two habits',
  intro: undefined,
  groups: [
    {
      id: 'walking',
      label: 'When you walk',
      items: [
        { id: 'posture', title: 'Stand up straight' },
        { id: 'water', title: 'Drink water', why: 'Cramps come more easily without it.' },
      ],
    },
  ],
};

const shadow = (el: HwPreventionChecklist) => el.shadowRoot!;
const boxes = (el: HwPreventionChecklist) => [
  ...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const box = (el: HwPreventionChecklist, id: string) => boxes(el).find((input) => input.id === `item-${id}`)!;
const ticked = (el: HwPreventionChecklist) =>
  boxes(el)
    .filter((input) => input.checked)
    .map((input) => input.id.replace(/^item-/, ''));
const status = (el: HwPreventionChecklist) => shadow(el).querySelector('[part="progress"]')!;
const note = (el: HwPreventionChecklist) => shadow(el).querySelector('[part="note"]');
const progressText = (checked: number, total = ALL.length) => `${checked} of ${total} done`;

async function click(el: HwPreventionChecklist, id: string) {
  box(el, id).click();
  await el.updateComplete;
}

const render = (persist = false) =>
  fixture<HwPreventionChecklist>(
    persist
      ? html`<hw-prevention-checklist persist></hw-prevention-checklist>`
      : html`<hw-prevention-checklist></hw-prevention-checklist>`,
  );

function clearSaved() {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('health-widgets:checklist:')) localStorage.removeItem(key);
}

/**
 * Replaces every way into localStorage with spies: the `localStorage` getter and each `Storage`
 * method. `fault` makes some of them throw. `restore()` puts the originals back.
 */
function spyOnStorage(fault: { getItem?: Error; setItem?: Error; access?: Error } = {}) {
  const calls: string[] = [];
  const proto = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const methods = ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const;
  const originals = methods.map((name) => proto[name]!);
  methods.forEach((name, index) => {
    proto[name] = function (this: Storage, ...args: unknown[]) {
      calls.push(name);
      const error = fault[name as keyof typeof fault];
      if (error) throw error;
      return originals[index]!.apply(this, args);
    };
  });
  const lengthDescriptor = Object.getOwnPropertyDescriptor(Storage.prototype, 'length')!;
  Object.defineProperty(Storage.prototype, 'length', {
    configurable: true,
    get(this: Storage) {
      calls.push('length');
      return lengthDescriptor.get!.call(this);
    },
  });
  const owner = Object.hasOwn(window, 'localStorage') ? window : Object.getPrototypeOf(window);
  const storageDescriptor = Object.getOwnPropertyDescriptor(owner, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      calls.push('localStorage');
      if (fault.access) throw fault.access;
      return storageDescriptor.get!.call(window);
    },
  });
  return {
    calls,
    restore() {
      methods.forEach((name, index) => (proto[name] = originals[index]!));
      Object.defineProperty(Storage.prototype, 'length', lengthDescriptor);
      if (owner === window) Object.defineProperty(window, 'localStorage', storageDescriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    },
  };
}

describe('<hw-prevention-checklist>', () => {
  beforeEach(clearSaved);
  afterEach(clearSaved);

  describe('accessibility', () => {
    it('makes each item a native checkbox named by its title and described by its detail and reason', async () => {
      const el = await render();
      const items = bundled.groups.flatMap((group) => group.items);
      expect(boxes(el)).to.have.length(items.length);
      for (const item of items) {
        const input = box(el, item.id);
        expect(textOf(input.labels![0])).to.equal(item.title);
        const description = (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => textOf(shadow(el).getElementById(id)));
        const expected = [item.detail, item.why && `${checklistStrings.why} ${item.why}`].filter(Boolean);
        expect(description, item.id).to.deep.equal(expected);
      }
    });

    it('puts each group in a fieldset named by its legend', async () => {
      const el = await render();
      const groups = [...shadow(el).querySelectorAll('fieldset')];
      expect(groups.map((group) => textOf(group.querySelector('legend')))).to.deep.equal(
        bundled.groups.map((group) => group.label),
      );
      groups.forEach((group, index) =>
        expect(group.querySelectorAll('input[type="checkbox"]')).to.have.length(
          bundled.groups[index]!.items.length,
        ),
      );
    });

    it('is axe-clean empty, partly ticked and fully ticked', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
      el.checked = ALL.slice(0, 3);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.checked = ALL;
      await el.updateComplete;
      expect(textOf(status(el))).to.equal(progressText(ALL.length));
      await expect(el).to.be.accessible();
    });

    it('is axe-clean on a dark page, empty and partly ticked, with its note', async () => {
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}><hw-prevention-checklist persist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.firstElementChild as HwPreventionChecklist;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.checked = ALL.slice(0, 4);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('uses light text and a light accent on a dark page', async () => {
      const wrapper = await fixture(
        html`<div style=${DARK_PAGE}><hw-prevention-checklist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.firstElementChild as HwPreventionChecklist;
      const brightness = (colour: string) =>
        colour
          .match(/\d+/g)!
          .slice(0, 3)
          .reduce((sum, value) => sum + Number(value), 0);
      expect(brightness(getComputedStyle(shadow(el).querySelector('label')!).color)).to.be.greaterThan(
        3 * 128,
      );
      expect(brightness(getComputedStyle(boxes(el)[0]!).accentColor)).to.be.greaterThan(3 * 128);
    });

    it('fits 320 px with nothing overflowing, and keeps checkboxes at least 24 px', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><hw-prevention-checklist persist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.firstElementChild as HwPreventionChecklist;
      await el.updateComplete;
      expect(overflowing(el).map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
      const { width, height } = boxes(el)[0]!.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
      await expect(el).to.be.accessible();
    });
  });

  describe('progress', () => {
    it('shows progress in words, and as a bar that screen readers skip, as it repeats them', async () => {
      const el = await render();
      expect(textOf(status(el))).to.equal(progressText(0));
      const bar = shadow(el).querySelector('progress')!;
      expect(bar.max).to.equal(ALL.length);
      expect(bar.value).to.equal(0);
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      await click(el, ALL[1]!);
      await click(el, ALL[4]!);
      expect(textOf(status(el))).to.equal(progressText(2));
      expect(bar.value).to.equal(2);
    });

    it('announces each change politely, from a status region that was there before the change', async () => {
      const el = await render();
      const region = status(el);
      expect(region.getAttribute('role')).to.equal('status');
      await click(el, ALL[0]!);
      expect(status(el), 'the same live region').to.equal(region);
      expect(textOf(region)).to.equal(progressText(1));
      await click(el, ALL[0]!);
      expect(textOf(region)).to.equal(progressText(0));
    });

    it('counts the items of the content it shows', async () => {
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist .content=${custom}></hw-prevention-checklist>`,
      );
      await click(el, 'water');
      expect(textOf(status(el))).to.equal(progressText(1, 2));
    });
  });

  describe('properties and methods', () => {
    it('reads the ticked ids, in the content’s order, from `checked`', async () => {
      const el = await render();
      expect(el.checked).to.deep.equal([]);
      await click(el, ALL[5]!);
      await click(el, ALL[2]!);
      expect(el.checked).to.deep.equal([ALL[2], ALL[5]]);
    });

    it('ticks the boxes set through `checked`, drops unknown ids, and fires no event', async () => {
      const el = await render();
      let events = 0;
      el.addEventListener('hw-checklist-change', () => events++);
      el.checked = [ALL[3]!, 'not-an-item', ALL[0]!];
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([ALL[0], ALL[3]]);
      expect(el.checked).to.deep.equal([ALL[0], ALL[3]]);
      expect(textOf(status(el))).to.equal(progressText(2));
      expect(events).to.equal(0);
    });

    it('takes `checked` set before the content arrives, and before the element upgrades', async () => {
      const early = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist
          .checked=${['water', 'gone']}
          .content=${custom}
        ></hw-prevention-checklist>`,
      );
      expect(ticked(early)).to.deep.equal(['water']);

      const template = document.createElement('template');
      template.innerHTML = '<hw-prevention-checklist></hw-prevention-checklist>';
      const el = template.content.firstElementChild as HwPreventionChecklist;
      el.checked = [ALL[1]!];
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(ticked(el)).to.deep.equal([ALL[1]]);
        await click(el, ALL[2]!);
        expect(el.checked).to.deep.equal([ALL[1], ALL[2]]);
      } finally {
        el.remove();
      }
    });

    it('clears every tick with reset(), without an event', async () => {
      const el = await render();
      let events = 0;
      el.addEventListener('hw-checklist-change', () => events++);
      el.checked = ALL;
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
      expect(el.checked).to.deep.equal([]);
      expect(textOf(status(el))).to.equal(progressText(0));
      expect(events).to.equal(0);
    });

    it('takes overrides for every UI string and keeps the other defaults', async () => {
      const strings = {
        progress: '{done}/{total} habits ({done} done)',
        why: 'Reason:',
        reset: 'Start again',
        saved: 'Kept here.',
      };
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist persist .strings=${strings}></hw-prevention-checklist>`,
      );
      expect(textOf(status(el))).to.equal(`0/${ALL.length} habits (0 done)`);
      expect(textOf(shadow(el).querySelector('[part="reset"]'))).to.equal('Start again');
      expect(textOf(note(el))).to.equal('Kept here.');
      const why = bundled.groups[0]!.items[0]!.why!;
      expect(textOf(shadow(el).querySelector(`#item-${ALL[0]}-why`))).to.equal(`Reason: ${why}`);
      expect(textOf(shadow(el).querySelector('[part="footer"]'))).to.contain(checklistStrings.lastReviewed);
      el.strings = { notSaved: 'Not kept.' };
      const spy = spyOnStorage({ setItem: new Error('denied') });
      try {
        await click(el, ALL[0]!);
        expect(textOf(note(el))).to.equal('Not kept.');
        expect(textOf(shadow(el).querySelector('[part="reset"]'))).to.equal(checklistStrings.reset);
      } finally {
        spy.restore();
      }
    });

    it('exposes parts for theming', async () => {
      const el = await render(true);
      const parts = [...shadow(el).querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(new Set(parts)).to.deep.equal(
        new Set(['heading', 'progress', 'progress-bar', 'group', 'item', 'reset', 'note', 'footer']),
      );
    });
  });

  describe('events', () => {
    it('fires hw-checklist-change with the count ticked and the total when the reader ticks', async () => {
      const el = await render();
      const event = oneEvent(el, 'hw-checklist-change');
      box(el, ALL[2]!).click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ done: 1, total: ALL.length });
      expect(bubbles && composed).to.equal(true);
      const untick = oneEvent(el, 'hw-checklist-change');
      box(el, ALL[2]!).click();
      expect((await untick).detail).to.deep.equal({ done: 0, total: ALL.length });
    });

    it('fires it when the reader clears every tick with the button', async () => {
      const el = await render();
      el.checked = [ALL[0]!, ALL[1]!];
      await el.updateComplete;
      const event = oneEvent(el, 'hw-checklist-change');
      shadow(el).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      expect((await event).detail).to.deep.equal({ done: 0, total: ALL.length });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('is usable by keyboard alone: Tab between boxes, Space ticks, Enter on the button clears', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><hw-prevention-checklist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.querySelector<HwPreventionChecklist>('hw-prevention-checklist')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(boxes(el)[1]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([ALL[0], ALL[2]]);
      expect(textOf(status(el))).to.equal(progressText(2));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([ALL[0]]);

      boxes(el).at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="reset"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
      expect(shadow(el).activeElement, 'focus stays on the button').to.equal(
        shadow(el).querySelector('[part="reset"]'),
      );
    });

    it('shows a focus ring on the focused checkbox', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><hw-prevention-checklist></hw-prevention-checklist></div>`,
      );
      const el = wrapper.querySelector<HwPreventionChecklist>('hw-prevention-checklist')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(boxes(el)[0]!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('print', () => {
    /**
     * Applies the element's print rules on screen. Print emulation needs CDP, which Firefox does
     * not offer, so this turns the stylesheet's `@media print` into `@media all` for one element.
     */
    function asPrinted(el: HwPreventionChecklist) {
      const text = HwPreventionChecklist.styles.join('\n');
      expect(text).to.match(/@media print/);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.replace(/@media print/g, '@media all'));
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, sheet];
    }

    it('prints a clean list with its ticks: no button, bar or note', async () => {
      const el = await render(true);
      el.checked = [ALL[0]!];
      await el.updateComplete;
      const display = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;
      expect(display('[part="reset"]'), 'on screen').to.not.equal('none');
      asPrinted(el);
      expect(display('[part="reset"]')).to.equal('none');
      expect(display('[part="progress-bar"]')).to.equal('none');
      expect(display('[part="note"]')).to.equal('none');
      expect(display('[part="progress"]')).to.equal('block');
      expect(display('[part="footer"]')).to.equal('block');
      expect(boxes(el).every((input) => getComputedStyle(input).display !== 'none')).to.equal(true);
      expect(getComputedStyle(boxes(el)[0]!).printColorAdjust).to.equal('exact');
      expect(ticked(el)).to.deep.equal([ALL[0]]);
    });
  });

  describe('persistence', () => {
    it('stores nothing with persist="false", as a framework writes a bound false', async () => {
      const el = await fixture<HwPreventionChecklist>(
        '<hw-prevention-checklist persist="false"></hw-prevention-checklist>',
      );
      expect(el.persist).to.equal(false);
      await click(el, ALL[1]!);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(note(el)).to.equal(null);
      el.setAttribute('persist', '');
      await el.updateComplete;
      expect(el.persist).to.equal(true);
      expect(textOf(note(el))).to.equal(checklistStrings.saved);
    });

    it('round-trips ticks through a reload', async () => {
      const first = await render(true);
      await click(first, ALL[1]!);
      await click(first, ALL[3]!);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([ALL[1], ALL[3]]);
      first.remove();
      const again = await render(true);
      expect(ticked(again)).to.deep.equal([ALL[1], ALL[3]]);
      expect(textOf(status(again))).to.equal(progressText(2));
      expect(textOf(note(again))).to.equal(checklistStrings.saved);
    });

    it('saves a reset, and ticks set through `checked`', async () => {
      const el = await render(true);
      el.checked = [ALL[0]!];
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([ALL[0]]);
      el.reset();
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([]);
    });

    it('starts another topic from its own saved ticks, or none, never from the last topic’s', async () => {
      const el = await render(true);
      await click(el, 'posture');
      const other = { ...custom, meta: { ...custom.meta, id: 'another-topic' } };
      const otherKey = storageKey('another-topic', other.meta.version);
      el.content = other;
      await el.updateComplete;
      expect(ticked(el), 'nothing saved for it yet').to.deep.equal([]);
      await click(el, 'water');
      expect(JSON.parse(localStorage.getItem(otherKey)!)).to.deep.equal(['water']);
      el.content = undefined;
      await el.updateComplete;
      expect(ticked(el), 'the first topic’s own ticks').to.deep.equal(['posture']);
      el.content = other;
      await el.updateComplete;
      expect(ticked(el), 'the other topic’s own ticks').to.deep.equal(['water']);
      localStorage.removeItem(otherKey);
      // Without `persist` too, a new topic starts with nothing ticked.
      const unsaved = await render();
      await click(unsaved, 'posture');
      unsaved.content = other;
      await unsaved.updateComplete;
      expect(ticked(unsaved)).to.deep.equal([]);
    });

    it('keeps the ids that still exist when the content version changes, and drops the rest', async () => {
      const oldKey = storageKey(custom.meta.id, 'old');
      localStorage.setItem(oldKey, JSON.stringify(['water', 'warm-up', 'posture']));
      const next = { ...custom, meta: { ...custom.meta, version: 'new' } };
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist persist .content=${next}></hw-prevention-checklist>`,
      );
      expect(ticked(el)).to.deep.equal(['posture', 'water']);
      expect(JSON.parse(localStorage.getItem(storageKey(custom.meta.id, 'new'))!)).to.deep.equal([
        'posture',
        'water',
      ]);
      expect(localStorage.getItem(oldKey)).to.equal(null);
    });

    it('keeps a reader’s ticks from content version 1 of the bundled topic, except the removed habit', async () => {
      // Version 1's item ids, as a reader's browser saved them before version 2 came out.
      const version1 = ['posture', 'footwear', 'warm-up', 'hydration', 'sitting', 'core', 'back-muscles'];
      const oldKey = storageKey(bundled.meta.id, '1');
      localStorage.setItem(oldKey, JSON.stringify(version1));
      expect(bundled.meta.version).to.not.equal('1');
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist persist></hw-prevention-checklist>`,
      );
      const kept = version1.filter((id) => id !== 'footwear');
      expect(ticked(el)).to.have.members(kept);
      expect(ALL).to.not.include('footwear');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.members(kept);
      expect(localStorage.getItem(oldKey)).to.equal(null);
      expect(textOf(status(el))).to.equal(progressText(kept.length));
    });

    it('follows another tab’s change through the storage event', async () => {
      const el = await render(true);
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="another tab"></iframe>`);
      const event = oneEvent(el, 'hw-checklist-change');
      // A same-origin frame shares this page's localStorage; its writes reach us as storage events.
      frame.contentWindow!.localStorage.setItem(KEY, JSON.stringify([ALL[4], 'gone']));
      expect((await event).detail).to.deep.equal({ done: 1, total: ALL.length });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([ALL[4]]);
      expect(textOf(status(el))).to.equal(progressText(1));
      frame.contentWindow!.localStorage.removeItem(KEY);
      await oneEvent(el, 'hw-checklist-change');
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
    });

    it('keeps copies of the same checklist on the page in step, and leaves the others alone', async () => {
      const [first, second] = await Promise.all([render(true), render(true)]);
      const unsaved = await render();
      const other = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist
          persist
          .content=${{ ...custom, meta: { ...custom.meta, id: 'another-topic' } }}
        ></hw-prevention-checklist>`,
      );
      const events: Array<[EventTarget | null, unknown]> = [];
      const record = (event: Event) => events.push([event.target, (event as CustomEvent).detail]);
      document.addEventListener('hw-checklist-change', record);
      try {
        await click(first, 'posture');
        await second.updateComplete;
        expect(ticked(second), 'a reader’s tick').to.deep.equal(['posture']);
        expect(textOf(status(second))).to.equal(progressText(1));
        expect(events, 'each copy tells the page').to.deep.equal([
          [first, { done: 1, total: ALL.length }],
          [second, { done: 1, total: ALL.length }],
        ]);
        events.length = 0;
        second.checked = [ALL[2]!, ALL[3]!];
        await first.updateComplete;
        expect(first.checked, 'ticks set by the page').to.deep.equal([ALL[2], ALL[3]]);
        second.reset();
        await first.updateComplete;
        expect(ticked(first), 'a reset').to.deep.equal([]);
        expect(events, 'the page’s own changes fire nothing').to.deep.equal([]);
        await click(first, 'posture');
        expect(ticked(unsaved), 'a copy that saves nothing').to.deep.equal([]);
        expect(other.checked, 'another topic').to.deep.equal([]);
      } finally {
        document.removeEventListener('hw-checklist-change', record);
      }
    });

    it('announces a change once: the copy the reader used speaks, the copies follow quietly', async () => {
      const [first, second] = await Promise.all([render(true), render(true)]);
      // Each progress text that changes while its region is live would be read out.
      const spoken: string[] = [];
      const observers = [first, second].map((copy, index) => {
        const region = status(copy);
        const observer = new MutationObserver(() => {
          if (region.getAttribute('role') === 'status') spoken.push(`${index}: ${textOf(region)}`);
        });
        observer.observe(region, { childList: true, characterData: true, subtree: true });
        return observer;
      });
      try {
        await click(first, 'posture');
        await second.updateComplete;
        expect(textOf(status(second))).to.equal(progressText(1));
        expect(spoken).to.deep.equal([`0: ${progressText(1)}`]);
        // The copy's region is live again for the reader's own ticks.
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        expect(status(second).getAttribute('role')).to.equal('status');
        spoken.length = 0;
        await click(second, ALL[3]!);
        await first.updateComplete;
        expect(spoken).to.deep.equal([`1: ${progressText(2)}`]);
      } finally {
        observers.forEach((observer) => observer.disconnect());
      }
    });

    it('shows the ticks saved while it was out of the page once it is back', async () => {
      const el = await render(true);
      await click(el, 'posture');
      const parent = el.parentNode!;
      el.remove();
      const copy = await render(true);
      await click(copy, ALL[4]!);
      expect(ticked(el), 'not followed while out of the page').to.deep.equal(['posture']);
      parent.append(el);
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal(['posture', ALL[4]]);
      expect(textOf(status(el))).to.equal(progressText(2));
    });

    it('ignores storage events without `persist`, and for other keys', async () => {
      const el = await render();
      el.checked = [ALL[0]!];
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue: '[]', storageArea: localStorage }),
      );
      const saved = await render(true);
      saved.checked = [ALL[0]!];
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'other', newValue: '[]', storageArea: localStorage }),
      );
      await el.updateComplete;
      await saved.updateComplete;
      expect(ticked(el)).to.deep.equal([ALL[0]]);
      expect(ticked(saved)).to.deep.equal([ALL[0]]);
    });

    it('touches no storage without `persist`', async () => {
      localStorage.setItem(KEY, JSON.stringify([ALL[0]]));
      const spy = spyOnStorage();
      try {
        const el = await render();
        expect(ticked(el), 'saved ticks are not read').to.deep.equal([]);
        await click(el, ALL[1]!);
        el.checked = [ALL[2]!];
        el.reset();
        shadow(el).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
        window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '[]' }));
        await el.updateComplete;
        expect(note(el)).to.equal(null);
        expect(spy.calls).to.deep.equal([]);
        // The spies do see the element's storage use once `persist` is on.
        el.persist = true;
        await el.updateComplete;
        expect(spy.calls).to.include('getItem');
      } finally {
        spy.restore();
      }
    });

    it('stops using the storage when `persist` is turned off', async () => {
      const el = await render(true);
      el.persist = false;
      await el.updateComplete;
      const spy = spyOnStorage();
      try {
        await click(el, ALL[0]!);
        expect(spy.calls).to.deep.equal([]);
        expect(note(el)).to.equal(null);
      } finally {
        spy.restore();
      }
    });
  });

  describe('storage faults', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole('error')));
    afterEach(() => console_.restore());

    /** Ticks two boxes under a fault and checks the checklist carried on in memory, and said so. */
    async function survives(fault: Parameters<typeof spyOnStorage>[0], before?: () => void) {
      before?.();
      const spy = spyOnStorage(fault);
      try {
        const el = await render(true);
        await click(el, ALL[0]!);
        await click(el, ALL[2]!);
        expect(ticked(el), 'the ticks on screen').to.deep.equal([ALL[0], ALL[2]]);
        expect(el.checked).to.deep.equal([ALL[0], ALL[2]]);
        expect(textOf(status(el))).to.equal(progressText(2));
        expect(textOf(note(el))).to.equal(checklistStrings.notSaved);
        expect(note(el)!.getAttribute('role'), 'the note is announced').to.equal('status');
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
        expect(console_.calls).to.deep.equal([]);
        await expect(el).to.be.accessible();
        return el;
      } finally {
        spy.restore();
      }
    }

    it('survives getItem throwing', async () => {
      await survives({ getItem: new DOMException('denied', 'SecurityError') });
    });

    it('survives setItem throwing, turning the saved note into the not-saved note', async () => {
      const spy = spyOnStorage({ setItem: new Error('denied') });
      try {
        const el = await render(true);
        expect(textOf(note(el))).to.equal(checklistStrings.saved);
      } finally {
        spy.restore();
      }
      await survives({ setItem: new Error('denied') });
    });

    it('survives a full storage', async () => {
      await survives({ setItem: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    });

    it('survives corrupt JSON, and clears it so the next visit saves again', async () => {
      await survives({}, () => localStorage.setItem(KEY, '{"ticks": [oops'));
      expect(localStorage.getItem(KEY)).to.equal(null);
      const next = await render(true);
      expect(textOf(note(next))).to.equal(checklistStrings.saved);
    });

    it('survives localStorage being blocked', async () => {
      await survives({ access: new DOMException('The operation is insecure.', 'SecurityError') });
    });

    it('keeps its ticks on screen when another tab writes while saving is off', async () => {
      const spy = spyOnStorage({ setItem: new Error('denied') });
      try {
        const el = await render(true);
        await click(el, ALL[1]!);
        window.dispatchEvent(
          new StorageEvent('storage', { key: KEY, newValue: '[]', storageArea: localStorage }),
        );
        await el.updateComplete;
        expect(ticked(el)).to.deep.equal([ALL[1]]);
      } finally {
        spy.restore();
      }
    });
  });

  describe('invalid content', () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole('error')));
    afterEach(() => console_.restore());

    it('shows what is wrong, logs it once and fires hw-content-error, without throwing', async () => {
      const broken = {
        ...custom,
        groups: [{ ...custom.groups[0]!, items: [{ id: 'posture', title: '' }] }],
      };
      await expectContentError<HwPreventionChecklist>(
        'hw-prevention-checklist',
        broken,
        'groups[0].items[0].title: must not be empty',
        (el) => {
          expect(boxes(el)).to.have.length(0);
        },
      );
    });

    it('names an item id used in two groups', async () => {
      const twice = { ...custom, groups: [custom.groups[0]!, { ...custom.groups[0]!, id: 'again' }] };
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist .content=${twice}></hw-prevention-checklist>`,
      );
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.contain(
        'groups[1].items[0].id: duplicate item id "posture"',
      );
    });

    it('recovers when valid content replaces invalid content', async () => {
      const el = await fixture<HwPreventionChecklist>(
        html`<hw-prevention-checklist topic="knee-pain"></hw-prevention-checklist>`,
      );
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      el.topic = bundled.meta.id;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(boxes(el)).to.have.length(ALL.length);
    });
  });
});
