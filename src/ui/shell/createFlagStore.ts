type Listener = () => void;

export interface FlagStore {
  get(): boolean;
  set(next: boolean): void;
  subscribe(listener: Listener): () => void;
}

/**
 * A boolean outside React that components read with useSyncExternalStore: one module sets it,
 * any number subscribe, and only a change notifies them.
 */
export function createFlagStore(initial = false): FlagStore {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
