import { useCallback, useState } from 'react';

export interface PanelSize {
  size: number;
  collapsed: boolean;
  min: number;
  max: number;
  setSize(size: number): void;
  toggle(): void;
}

function read(key: string): { size?: number; collapsed?: boolean } {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '{}') as { size?: number; collapsed?: boolean };
  } catch {
    return {};
  }
}

/** A panel's size and collapsed state, clamped and remembered per browser (view state, not document). */
export function usePanelSize(key: string, initial: number, min: number, max: number): PanelSize {
  const [state, setState] = useState(() => {
    const saved = read(`baton.panel.${key}`);
    return { size: Math.min(max, Math.max(min, saved.size ?? initial)), collapsed: saved.collapsed ?? false };
  });
  const save = useCallback(
    (next: { size: number; collapsed: boolean }) => {
      setState(next);
      try {
        localStorage.setItem(`baton.panel.${key}`, JSON.stringify(next));
      } catch {
        // Private mode or full storage: the layout still works for this session.
      }
    },
    [key],
  );
  return {
    ...state,
    min,
    max,
    setSize: (size) => save({ size: Math.round(Math.min(max, Math.max(min, size))), collapsed: false }),
    toggle: () => save({ ...state, collapsed: !state.collapsed }),
  };
}
