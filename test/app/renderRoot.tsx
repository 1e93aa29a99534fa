import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Flow } from '../../src/schema/flow';
import type { FlowLibrary } from '../../src/storage/flowLibrary';
import { createUnsavedJournal } from '../../src/ui/app/createUnsavedJournal';
import { Root } from '../../src/ui/app/Root';
import { makeLibrary } from '../storage/helpers';

/** A Storage over a Map: this test's own "sessionStorage" for the unsaved-edits journal. */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/**
 * Renders the whole app over a fresh library (fake-indexeddb) seeded with `flows`, at `hash`.
 * `rerender()` mounts a fresh Root over the same library and journal, like a page reload.
 */
export async function renderRoot({ flows = [], hash = '', library }: { flows?: Flow[]; hash?: string; library?: FlowLibrary } = {}) {
  localStorage.clear();
  const lib = library ?? makeLibrary().library;
  for (const flow of flows) await lib.createFlow(flow);
  window.history.replaceState(null, '', hash || window.location.pathname);
  const storage = memoryStorage();
  const journal = createUnsavedJournal(storage);
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
