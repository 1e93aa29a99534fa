/** The keyboard fields of a KeyboardEvent this needs (kept DOM-free so it is testable in Node). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Undo, redo and copy are not document commands; their bindings live here. */
export const HISTORY_KEYS = {
  undo: ['Mod+Z'],
  redo: ['Mod+Shift+Z', 'Mod+Y'],
  copy: ['Mod+C'],
  cut: ['Mod+X'],
} as const;

/**
 * Whether an event matches one of the bindings ("Delete", "Mod+D", "Mod+Shift+Z"). `Mod` is ⌘ on
 * macOS and Ctrl elsewhere; modifiers must match exactly, so Ctrl+Shift+Z is not Ctrl+Z.
 */
export function matchesKey(event: KeyLike, keys: readonly string[], isMac = false): boolean {
  return keys.some((binding) => {
    const parts = binding.split('+');
    const key = parts.pop()!;
    const mods = new Set(parts);
    const mod = isMac ? event.metaKey : event.ctrlKey;
    const other = isMac ? event.ctrlKey : event.metaKey;
    return (
      event.key.toLowerCase() === key.toLowerCase() &&
      mod === mods.has('Mod') &&
      !other &&
      event.shiftKey === mods.has('Shift') &&
      event.altKey === mods.has('Alt')
    );
  });
}
