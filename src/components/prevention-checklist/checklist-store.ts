/**
 * Where a checklist's ticks are kept between visits: one `Storage` key per topic and content
 * version, holding a JSON list of the ticked item ids. No DOM here; the storage is handed in, so
 * tests can give it one that throws, is full or holds garbage.
 *
 * Any fault (a storage that throws on read or write, is full, or holds something that is not a
 * list of ids) turns saving off for the rest of the visit: the checklist then keeps its ticks in
 * memory and says so, and the store touches the storage no more (except to clear garbage it
 * found under its own key, so that the next visit can save again).
 */

const PREFIX = 'health-widgets:checklist:';

/**
 * `health-widgets:checklist:<topic id>:<content version>`. Topic ids hold no colon (the schema
 * allows only a–z, 0–9 and hyphens), so every version of one topic shares the prefix up to the
 * version and no other topic's keys do.
 */
export const storageKey = (topic: string, version: string): string => `${PREFIX}${topic}:${version}`;

/** Ids in a stored value, or undefined when the value is not a JSON list of strings. */
function parse(value: string): string[] | undefined {
  try {
    const ids: unknown = JSON.parse(value);
    if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) return ids;
  } catch {
    // Garbage is reported by the caller.
  }
  return undefined;
}

/** Where one checklist's ticks are kept: made by `openStore`. */
export interface ChecklistStore {
  /** `health-widgets:checklist:<topic id>:<content version>`. */
  readonly key: string;
  /** False once the storage has failed; from then on ticks live in memory only. */
  saving: boolean;
  /**
   * The saved ticks, or undefined when nothing is saved or the storage fails. When nothing is
   * saved for this version, the ticks saved for another version of the same topic move over:
   * ids that still exist are kept, the rest dropped, and the old keys removed.
   */
  load(): string[] | undefined;
  /** Saves the ticks; returns false, and saves nothing more, once the storage fails or is full. */
  save(checked: readonly string[]): boolean;
  /**
   * Ticks from another tab's change to this key, or undefined when the change is not ours or
   * cannot be read. `key` is null when the whole storage was cleared.
   */
  changed(storage: Storage | null, key: string | null, value: string | null): string[] | undefined;
}

/**
 * The store for one topic's content version. `ids` are the content's items: saved ids not among
 * them are dropped, and saved ticks come back in the content's order.
 */
export function openStore(
  storage: Storage | undefined,
  topic: string,
  version: string,
  ids: readonly string[],
): ChecklistStore {
  const key = storageKey(topic, version);
  const known = (saved: readonly string[]) => ids.filter((id) => saved.includes(id));
  const store: ChecklistStore = {
    key,
    saving: !!storage,
    load() {
      try {
        if (!store.saving) return undefined;
        const value = storage!.getItem(key);
        if (value !== null) {
          const saved = parse(value);
          if (saved) return known(saved);
          // Garbage: saving stays off for this visit; clearing it lets the next visit save again.
          store.saving = false;
          storage!.removeItem(key);
          return undefined;
        }
        // Keys of this topic's other content versions.
        const prefix = storageKey(topic, '');
        const older: string[] = [];
        for (let index = 0; index < storage!.length; index++) {
          const other = storage!.key(index)!;
          if (other.startsWith(prefix) && other !== key) older.push(other);
        }
        if (!older.length) return undefined;
        // Another version's garbage is simply left out.
        const kept = known(older.flatMap((other) => parse(storage!.getItem(other)!) ?? []));
        storage!.setItem(key, JSON.stringify(kept));
        older.forEach((other) => storage!.removeItem(other));
        return kept;
      } catch {
        store.saving = false;
        return undefined;
      }
    },
    save(checked) {
      if (!store.saving) return false;
      try {
        storage!.setItem(key, JSON.stringify(checked));
      } catch {
        store.saving = false;
      }
      return store.saving;
    },
    changed(area, changedKey, value) {
      if (!store.saving || area !== storage || (changedKey !== null && changedKey !== key)) return undefined;
      if (changedKey === null || value === null) return [];
      const saved = parse(value);
      return saved && known(saved);
    },
  };
  return store;
}
