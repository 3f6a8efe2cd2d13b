// In a page of its own, so that the storage code loads during the test: `persist` turned on and
// off again before the code arrives.
import { expect, fixture, html } from '@open-wc/testing';
import { checklist as bundled } from '../../content/topics/back-spasms-walking.js';
import { storageKey } from './checklist-store.js';
import type { HwPreventionChecklist } from './prevention-checklist.js';
import './prevention-checklist.js';

const [FIRST, SECOND] = bundled.groups[0]!.items.map((item) => item.id) as [string, string];
const KEY = storageKey(bundled.meta.id, bundled.meta.version);
const box = (el: HwPreventionChecklist, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${id}`)!;

describe('persist turned off while the storage code loads', () => {
  after(() => localStorage.removeItem(KEY));

  it('forgets a tick made while it loaded once persist is turned off before it arrives', async () => {
    localStorage.setItem(KEY, JSON.stringify([SECOND]));
    const el = await fixture<HwPreventionChecklist>(
      html`<hw-prevention-checklist></hw-prevention-checklist>`,
    );
    el.persist = true;
    await Promise.resolve();
    await Promise.resolve();
    box(el, FIRST).click();
    el.persist = false;
    await el.updateComplete;
    // Turned on again later, it shows what is saved, and saves nothing over it.
    el.persist = true;
    await el.updateComplete;
    expect(el.checked).to.deep.equal([SECOND]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([SECOND]);
  });
});
