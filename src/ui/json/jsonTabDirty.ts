/**
 * Whether the mounted JSON tab holds text that could not be applied. Panel tabs take no props,
 * so JsonTab publishes it here and the shell reads it with useJsonTabDirty to guard leaving.
 */
let dirty = false;
const listeners = new Set<() => void>();

export const jsonTabDirty = {
  get: () => dirty,
  set(next: boolean) {
    if (next === dirty) return;
    dirty = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
