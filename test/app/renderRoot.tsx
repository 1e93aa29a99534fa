import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Flow } from '../../src/schema/flow';
import type { FlowLibrary } from '../../src/storage/flowLibrary';
import { createTabIdentity } from '../../src/storage/createTabIdentity';
import { createUnsavedJournal } from '../../src/ui/app/createUnsavedJournal';
import { Root } from '../../src/ui/app/Root';
import { makeLibrary } from '../storage/helpers';
import { memoryStorage } from '../storage/memoryStorage';
import '../ui/preloadLazyCode';

export { memoryStorage };

/** A journal as one tab sees it: its own tab id (no Web Locks in jsdom: liveness by heartbeat). */
export function tabJournal(storage: Storage, tabId: string, now: () => number = Date.now) {
  return createUnsavedJournal({ storage, tab: createTabIdentity(memoryStorage(), null, () => tabId), now });
}

/**
 * Renders the whole app over a fresh library (fake-indexeddb) seeded with `flows`, at `hash`.
 * `reload()` mounts a fresh Root over the same library and journal, like a page reload; `storage`
 * is the journal's "localStorage" (pass one to share it between two renders, as tabs do).
 */
export async function renderRoot({
  flows = [],
  hash = '',
  library,
  storage = memoryStorage(),
  tabId = 'tab-1',
  now,
}: { flows?: Flow[]; hash?: string; library?: FlowLibrary; storage?: Storage; tabId?: string; now?: () => number } = {}) {
  localStorage.clear();
  const lib = library ?? makeLibrary().library;
  for (const flow of flows) await lib.createFlow(flow);
  window.history.replaceState(null, '', hash || window.location.pathname);
  const journal = tabJournal(storage, tabId, now);
  const user = userEvent.setup();
  const utils = render(<Root library={lib} journal={journal} />);
  /** A fresh Root over the same library and journal (the previous one unmounted first). */
  const mountAgain = () => render(<Root library={lib} journal={journal} />);
  const reload = () => {
    utils.unmount();
    return mountAgain();
  };
  return { library: lib, journal, storage, user, reload, mountAgain, ...utils };
}
