// In a page of its own, so that the storage code loads during the test: `persist` turned on for
// a checklist the reader already sees, and a checklist taken out of the page while the code loads.
import { expect, fixture, html } from '@open-wc/testing';
import { checklist as bundled } from '../../content/topics/back-spasms-walking.js';
import { storageKey } from './checklist-store.js';
import type { HwPreventionChecklist } from './prevention-checklist.js';
import './prevention-checklist.js';

const [FIRST, SECOND] = bundled.groups[0]!.items.map((item) => item.id) as [string, string];
const KEY = storageKey(bundled.meta.id, bundled.meta.version);
const note = (el: HwPreventionChecklist) => el.shadowRoot!.querySelector('[part="note"]');
const box = (el: HwPreventionChecklist, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${id}`)!;

describe('while the storage code loads', () => {
  after(() => localStorage.removeItem(KEY));

  it('keeps what the reader ticks, says nothing until it can say it is saved, and leaves out a checklist taken out of the page', async () => {
    localStorage.setItem(KEY, JSON.stringify([SECOND]));
    const shown = await fixture<HwPreventionChecklist>(
      html`<hw-prevention-checklist></hw-prevention-checklist>`,
    );
    const removed = document.createElement('hw-prevention-checklist');
    removed.persist = true;
    // A copy that saves under the same key, and opens its store first.
    const copy = document.createElement('hw-prevention-checklist');
    copy.persist = true;

    // All three start the storage code loading; it cannot arrive before this block ends.
    document.body.append(copy);
    shown.persist = true;
    document.body.append(removed);
    await Promise.resolve();
    await Promise.resolve();
    expect(shown.hasAttribute('persist'), 'updated with persist').to.equal(true);
    removed.remove();
    // The reader sees the list all along, and ticks a box before the store opens.
    expect(box(shown, FIRST)).to.exist;
    expect(note(shown)?.textContent ?? null, 'no note while the code loads').to.equal(null);
    box(shown, FIRST).click();

    await shown.updateComplete;
    await removed.updateComplete;
    await copy.updateComplete;
    // The reader's tick joins the saved one, is saved, and shows in the copy.
    expect(shown.checked).to.deep.equal([FIRST, SECOND]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([FIRST, SECOND]);
    expect(copy.checked).to.deep.equal([FIRST, SECOND]);
    expect(note(shown)!.textContent!.trim()).to.equal('Your ticks are saved in this browser only.');

    // Another tab's change reaches the checklist on the page, not the one taken out.
    const changes: string[] = [];
    shown.addEventListener('hw-checklist-change', () => changes.push('shown'));
    removed.addEventListener('hw-checklist-change', () => changes.push('removed'));
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: KEY,
        newValue: JSON.stringify([SECOND]),
        storageArea: localStorage,
      }),
    );
    expect(changes).to.deep.equal(['shown']);
    expect(shown.checked).to.deep.equal([SECOND]);
    copy.remove();
  });
});
