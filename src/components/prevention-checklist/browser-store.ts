/**
 * What only a checklist with `persist` needs: its store in this browser's localStorage, the
 * storage event that brings another tab's ticks, and the copies on the page that save under the
 * same key. A checklist loads this file the first time it has `persist`, so a page that keeps no
 * ticks carries no code that could touch the storage.
 */
import { openStore, type ChecklistStore } from './checklist-store.js';

/** What this file needs of a checklist (an `HwPreventionChecklist`, whose members these are). */
export interface StoreHost {
  readonly isConnected: boolean;
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<unknown>;
  store?: ChecklistStore | undefined;
  /** Sets the ticks, and fires the change event when `fire` is set; saves nothing when `save` is false. */
  tick(ids: Iterable<string>, fire: boolean, save: boolean): void;
}

/** Connected checklists with a store open. */
const hosts = new Set<StoreHost>();

/**
 * Shows ticks a checklist follows from elsewhere. Its status regions are quiet meanwhile unless it
 * speaks for them: a reader hears a change once, from the copy they used, not once per copy.
 */
function follow(host: StoreHost, ids: Iterable<string>, fire: boolean, speak: boolean): void {
  const live = speak ? [] : [...(host.shadowRoot?.querySelectorAll('[role=status]') ?? [])];
  for (const region of live) region.role = null;
  host.tick(ids, fire, false);
  // Live again once assistive technology has seen the new words, as text, not news.
  void host.updateComplete
    .then(() => new Promise(requestAnimationFrame))
    .then(() => new Promise(requestAnimationFrame))
    .then(() => {
      for (const region of live) region.role = 'status';
    });
}

function onStorage(event: StorageEvent): void {
  // Another tab's change: the first copy on this page says so.
  let speak = true;
  for (const host of hosts) {
    const ids = host.store?.changed(event.storageArea, event.key, event.newValue);
    if (ids) {
      follow(host, ids, true, speak);
      speak = false;
    }
  }
}

/** The page's localStorage, or undefined where reading it throws (storage blocked). */
function browserStorage(): Storage | undefined {
  try {
    return localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the store for one topic's content version in localStorage (see `openStore`) and follows
 * another tab's changes to it until `close`.
 */
export function openBrowserStore(
  host: StoreHost,
  topic: string,
  version: string,
  ids: readonly string[],
): ChecklistStore {
  // A checklist out of the page follows nothing; put back, it opens its store again.
  if (host.isConnected) {
    if (!hosts.size) addEventListener('storage', onStorage);
    hosts.add(host);
  }
  return openStore(browserStorage(), topic, version, ids);
}

/** Stops following the storage for a checklist taken out of the page, or without `persist`. */
export function close(host: StoreHost): void {
  hosts.delete(host);
  if (!hosts.size) removeEventListener('storage', onStorage);
}

/** Shows ticks a checklist has just saved in the copies on the page that save under its key. */
export function share(host: StoreHost, checked: readonly string[], fire: boolean): void {
  for (const copy of hosts)
    if (copy !== host && copy.store?.key === host.store!.key && copy.store.saving)
      follow(copy, checked, fire, false);
}
