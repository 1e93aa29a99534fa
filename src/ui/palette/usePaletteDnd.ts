import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

type PaletteDnd = typeof import('./PaletteDnd');

// One load per page, shared by every mount of the palette (it unmounts when hidden).
let loaded: PaletteDnd | null = null;
let loading: Promise<PaletteDnd | null> | null = null;

function loadPaletteDnd(): Promise<PaletteDnd | null> {
  loading ??= import('./PaletteDnd').then(
    (module) => (loaded = module),
    // Not retried: the palette keeps adding by keyboard and double-click, and a chunk that failed
    // once (offline, a stale deploy) would only fail again on every hover.
    () => null,
  );
  return loading;
}

/**
 * Loads palette drag and drop (dnd-kit) after the editor's first paint: when the browser is idle,
 * or at once when the pointer enters or focus reaches the palette (`warm`). Until it arrives the
 * list shows plain items. The list then remounts under DndContext; focus goes back to the item it
 * was on.
 */
export function usePaletteDnd(paletteRef: RefObject<HTMLElement | null>) {
  const [dnd, setDnd] = useState(loaded);
  const refocusId = useRef<string | null>(null);

  const warm = useCallback(() => {
    if (loaded) return;
    void loadPaletteDnd().then((module) => {
      if (!module || !paletteRef.current) return;
      const focused = document.activeElement;
      refocusId.current = focused && focused.id && paletteRef.current.contains(focused) ? focused.id : null;
      setDnd(module);
    });
  }, [paletteRef]);

  useEffect(() => {
    if (loaded) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 300 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warm, 300);
    return () => clearTimeout(handle);
  }, [warm]);

  useLayoutEffect(() => {
    const id = refocusId.current;
    refocusId.current = null;
    if (id && document.activeElement === document.body) document.getElementById(id)?.focus();
  }, [dnd]);

  return { dnd, warm };
}
