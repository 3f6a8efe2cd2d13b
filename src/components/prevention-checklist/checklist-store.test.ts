import { expect } from '@open-wc/testing';
import { openStore, storageKey } from './checklist-store.js';

/** A `Storage` in memory that can be told to fail the way real ones do. */
class FakeStorage implements Storage {
  items = new Map<string, string>();
  failRead = false;
  failWrite?: () => Error;
  writes = 0;

  get length() {
    if (this.failRead) throw new DOMException('denied', 'SecurityError');
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failRead) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrite) throw this.failWrite();
    this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const IDS = ['posture', 'footwear', 'warm-up'];
const KEY = storageKey('back-spasms-walking', '2');
const storeOn = (storage: Storage | undefined, ids = IDS) =>
  openStore(storage, 'back-spasms-walking', '2', ids);

describe('checklist store', () => {
  let storage: FakeStorage;
  beforeEach(() => (storage = new FakeStorage()));

  describe('key', () => {
    it('includes the topic id and the content version', () => {
      expect(storeOn(storage).key).to.equal('health-widgets:checklist:back-spasms-walking:2');
    });
  });

  describe('saving and loading', () => {
    it('round-trips ticks through the storage', () => {
      expect(storeOn(storage).save(['footwear', 'posture'])).to.equal(true);
      expect(JSON.parse(storage.items.get(KEY)!)).to.deep.equal(['footwear', 'posture']);
      expect(storeOn(storage).load()).to.deep.equal(['posture', 'footwear']);
    });

    it('loads nothing when nothing is saved', () => {
      expect(storeOn(storage).load()).to.equal(undefined);
      expect(storeOn(storage).saving).to.equal(true);
    });

    it('loads an empty list when every tick was cleared', () => {
      storeOn(storage).save([]);
      expect(storeOn(storage).load()).to.deep.equal([]);
    });

    it('drops saved ids the content no longer has', () => {
      storage.items.set(KEY, JSON.stringify(['posture', 'gone']));
      expect(storeOn(storage).load()).to.deep.equal(['posture']);
    });
  });

  describe('a new content version', () => {
    it('keeps the earlier version’s ids that still exist, drops the rest, and removes the old key', () => {
      const old = storageKey('back-spasms-walking', '1');
      storage.items.set(old, JSON.stringify(['posture', 'gone', 'warm-up']));
      const store = storeOn(storage);
      expect(store.load()).to.deep.equal(['posture', 'warm-up']);
      expect(JSON.parse(storage.items.get(KEY)!)).to.deep.equal(['posture', 'warm-up']);
      expect(storage.items.has(old)).to.equal(false);
      expect(store.saving).to.equal(true);
    });

    it('leaves other topics’ keys and unrelated keys alone', () => {
      const other = storageKey('knee-pain', '1');
      storage.items.set(other, JSON.stringify(['posture']));
      storage.items.set('health-widgets:checklist:back-spasms-walking-2:1', '["posture"]');
      storage.items.set('theme', 'dark');
      expect(storeOn(storage).load()).to.equal(undefined);
      expect([...storage.items.keys()]).to.deep.equal([
        other,
        'health-widgets:checklist:back-spasms-walking-2:1',
        'theme',
      ]);
    });

    it('prefers this version’s saved ticks over an earlier version’s', () => {
      storage.items.set(storageKey('back-spasms-walking', '1'), '["posture"]');
      storage.items.set(KEY, '["footwear"]');
      expect(storeOn(storage).load()).to.deep.equal(['footwear']);
    });

    it('moves nothing over from an earlier version that holds garbage', () => {
      storage.items.set(storageKey('back-spasms-walking', '1'), '{oops');
      expect(storeOn(storage).load()).to.deep.equal([]);
      expect(storeOn(storage).saving).to.equal(true);
    });
  });

  describe('faults', () => {
    it('works in memory without a storage', () => {
      const store = storeOn(undefined);
      expect(store.saving).to.equal(false);
      expect(store.load()).to.equal(undefined);
      expect(store.save(['posture'])).to.equal(false);
    });

    it('survives getItem throwing, and then stops using the storage', () => {
      storage.failRead = true;
      const store = storeOn(storage);
      expect(store.load()).to.equal(undefined);
      expect(store.saving).to.equal(false);
      expect(store.save(['posture'])).to.equal(false);
      expect(storage.writes).to.equal(0);
    });

    it('survives setItem throwing', () => {
      storage.failWrite = () => new Error('denied');
      const store = storeOn(storage);
      expect(store.save(['posture'])).to.equal(false);
      expect(store.saving).to.equal(false);
    });

    it('survives a full storage', () => {
      storage.failWrite = () => new DOMException('full', 'QuotaExceededError');
      const store = storeOn(storage);
      expect(store.save(['posture'])).to.equal(false);
      storage.failWrite = undefined;
      expect(store.save(['posture']), 'no second try in the same visit').to.equal(false);
      expect(storage.writes).to.equal(0);
    });

    it('survives a full storage while moving an earlier version’s ticks', () => {
      storage.items.set(storageKey('back-spasms-walking', '1'), '["posture"]');
      storage.failWrite = () => new DOMException('full', 'QuotaExceededError');
      const store = storeOn(storage);
      expect(store.load()).to.equal(undefined);
      expect(store.saving).to.equal(false);
    });

    for (const garbage of ['{not json', '"posture"', '{"posture":true}', '[1,2]', 'null']) {
      it(`survives garbage (${garbage}) and clears it for the next visit`, () => {
        storage.items.set(KEY, garbage);
        const store = storeOn(storage);
        expect(store.load()).to.equal(undefined);
        expect(store.saving).to.equal(false);
        expect(store.save(['posture'])).to.equal(false);
        expect(storage.items.has(KEY)).to.equal(false);
        expect(storeOn(storage).load()).to.equal(undefined);
        expect(storeOn(storage).saving).to.equal(true);
      });
    }
  });

  describe('another tab’s change', () => {
    it('reads a change to its own key', () => {
      expect(storeOn(storage).changed(storage, KEY, '["warm-up","gone"]')).to.deep.equal(['warm-up']);
    });

    it('reads a removed key or a cleared storage as no ticks', () => {
      expect(storeOn(storage).changed(storage, KEY, null)).to.deep.equal([]);
      expect(storeOn(storage).changed(storage, null, null)).to.deep.equal([]);
    });

    it('ignores other keys, other storages, garbage, and any change once saving is off', () => {
      const store = storeOn(storage);
      expect(store.changed(storage, 'theme', '["posture"]')).to.equal(undefined);
      expect(store.changed(new FakeStorage(), KEY, '["posture"]')).to.equal(undefined);
      expect(store.changed(storage, KEY, '{oops')).to.equal(undefined);
      store.saving = false;
      expect(store.changed(storage, KEY, '["posture"]')).to.equal(undefined);
    });
  });
});
