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

/**
 * A panel's size and collapsed state, clamped and remembered per browser (view state, not
 * document). The key may change (the bottom panel keeps one size for the Simulator and Tests and
 * another for the other tabs): the panel then takes the size remembered under the new key.
 */
export function usePanelSize(key: string, initial: number, min: number, max: number): PanelSize {
  const load = () => {
    const saved = read(`baton.panel.${key}`);
    return { key, size: Math.min(max, Math.max(min, saved.size ?? initial)), collapsed: saved.collapsed ?? false };
  };
  const [loaded, setState] = useState(load);
  const state = loaded.key === key ? loaded : load();
  const save = useCallback(
    (next: { size: number; collapsed: boolean }) => {
      setState({ key, ...next });
      try {
        localStorage.setItem(`baton.panel.${key}`, JSON.stringify(next));
      } catch {
        // Private mode or full storage: the layout still works for this session.
      }
    },
    [key],
  );
  return {
    size: state.size,
    collapsed: state.collapsed,
    min,
    max,
    setSize: (size) => save({ size: Math.round(Math.min(max, Math.max(min, size))), collapsed: false }),
    toggle: () => save({ size: state.size, collapsed: !state.collapsed }),
  };
}
