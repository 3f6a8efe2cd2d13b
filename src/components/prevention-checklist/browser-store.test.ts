// In a page of its own, so that the storage code has not been loaded by another test: a checklist
// loads it only once it has `persist`.
import { expect, fixture, html } from '@open-wc/testing';
import { checklist as bundled } from '../../content/topics/back-spasms-walking.js';
import { storageKey } from './checklist-store.js';
import type { HwPreventionChecklist } from './prevention-checklist.js';
import './prevention-checklist.js';

const FIRST = bundled.groups[0]!.items[0]!.id;
const KEY = storageKey(bundled.meta.id, bundled.meta.version);
const storageCodeRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/browser-store\.[jt]s(\?|$)/.test(entry.name));
const firstBox = (el: HwPreventionChecklist) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${FIRST}`);

describe('the checklist’s storage code', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('is not loaded for a checklist without persist, even as the reader ticks', async () => {
    const el = await fixture<HwPreventionChecklist>(
      html`<hw-prevention-checklist></hw-prevention-checklist>`,
    );
    firstBox(el)!.click();
    await el.updateComplete;
    expect(el.checked).to.deep.equal([FIRST]);
    expect(storageCodeRequested()).to.equal(false);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('loads for persist, and the saved ticks show from the first render', async () => {
    localStorage.setItem(KEY, JSON.stringify([FIRST]));
    const el = document.createElement('hw-prevention-checklist');
    el.persist = true;
    document.body.append(el);
    // Every state of the first box the reader could see, from the first render on.
    const seen: boolean[] = [];
    const record = () => {
      const box = firstBox(el);
      if (box) seen.push(box.checked);
    };
    new MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    record();
    try {
      expect(storageCodeRequested()).to.equal(true);
      expect(seen).to.not.be.empty;
      expect(seen.every(Boolean), 'the box never shows unticked').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent!.trim()).to.equal(
        'Your ticks are saved in this browser only.',
      );
    } finally {
      el.remove();
    }
  });
});
