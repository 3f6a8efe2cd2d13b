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

export class ChecklistStore {
  readonly key: string;
  /** False once the storage has failed; from then on ticks live in memory only. */
  saving = true;

  constructor(
    readonly storage: Storage | undefined,
    readonly topic: string,
    version: string,
    /** Ids of the current content's items: saved ids not among them are dropped. */
    readonly ids: readonly string[],
  ) {
    this.key = storageKey(topic, version);
    if (!storage) this.saving = false;
  }

  /** Keeps only ids the content still has, in the content's order. */
  private known(ids: readonly string[]): string[] {
    return this.ids.filter((id) => ids.includes(id));
  }

  /**
   * The saved ticks, or undefined when nothing is saved or the storage fails. When nothing is
   * saved for this version, the ticks saved for another version of the same topic move over:
   * ids that still exist are kept, the rest dropped, and the old keys removed.
   */
  load(): string[] | undefined {
    const storage = this.storage!;
    try {
      if (!this.saving) return undefined;
      const value = storage.getItem(this.key);
      if (value !== null) {
        const ids = parse(value);
        if (ids) return this.known(ids);
        // Garbage: saving stays off for this visit; clearing it lets the next visit save again.
        this.saving = false;
        storage.removeItem(this.key);
        return undefined;
      }
      // Keys of this topic's other content versions.
      const prefix = storageKey(this.topic, '');
      const older: string[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index)!;
        if (key.startsWith(prefix) && key !== this.key) older.push(key);
      }
      if (!older.length) return undefined;
      // Another version's garbage is simply left out.
      const moved = older.flatMap((key) => parse(storage.getItem(key)!) ?? []);
      const kept = this.known(moved);
      storage.setItem(this.key, JSON.stringify(kept));
      older.forEach((key) => storage.removeItem(key));
      return kept;
    } catch {
      this.saving = false;
      return undefined;
    }
  }

  /** Saves the ticks; returns false, and saves nothing more, once the storage fails or is full. */
  save(checked: readonly string[]): boolean {
    if (!this.saving) return false;
    try {
      this.storage!.setItem(this.key, JSON.stringify(checked));
    } catch {
      this.saving = false;
    }
    return this.saving;
  }

  /**
   * Ticks from another tab's change to this key, or undefined when the change is not ours or
   * cannot be read. `key` is null when the whole storage was cleared.
   */
  changed(storage: Storage | null, key: string | null, value: string | null): string[] | undefined {
    if (!this.saving || storage !== this.storage || (key !== null && key !== this.key)) return undefined;
    if (key === null || value === null) return [];
    const ids = parse(value);
    return ids && this.known(ids);
  }
}
