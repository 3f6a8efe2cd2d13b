// In a page of its own, so that the storage code loads during the test: content that arrives
// after the first update (here from the `content` property, validated first) must still show
// its saved ticks from the start.
import { expect } from '@open-wc/testing';
import { checklist as bundled } from '../../content/topics/back-spasms-walking.js';
import { storageKey } from './checklist-store.js';
import './prevention-checklist.js';

const content = { ...bundled, meta: { ...bundled.meta, id: 'content-from-the-page', version: '1' } };
const FIRST = content.groups[0]!.items[0]!.id;
const KEY = storageKey(content.meta.id, content.meta.version);

describe('a checklist with persist whose content arrives after its first update', () => {
  after(() => localStorage.removeItem(KEY));

  it('shows its saved ticks from the moment its content shows', async () => {
    localStorage.setItem(KEY, JSON.stringify([FIRST]));
    const el = document.createElement('hw-prevention-checklist');
    el.persist = true;
    el.content = content;
    document.body.append(el);
    // Every state the reader could see: the first box, and the note under the list.
    const seen: string[] = [];
    const record = () => {
      const box = el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${FIRST}`);
      const note = el.shadowRoot!.querySelector('[part="note"]');
      if (box) seen.push(`${box.checked} ${note?.textContent?.trim()}`);
    };
    new MutationObserver(record).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    try {
      await el.updateComplete;
      record();
      expect(seen).to.not.be.empty;
      expect([...new Set(seen)]).to.deep.equal(['true Your ticks are saved in this browser only.']);
    } finally {
      el.remove();
    }
  });
});
