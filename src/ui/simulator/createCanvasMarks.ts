import type { Highlights } from './computeHighlights';

/** What a run or a test run marks on the canvas; breakpoints are kept apart, they outlive runs. */
export type RunMarks = Omit<Highlights, 'breakpoints'>;

export interface CanvasMarksState {
  breakpoints: ReadonlySet<string>;
  /** The last run's marks (path, active node, coverage), or null when nothing ran. */
  run: RunMarks | null;
}

export interface CanvasMarks {
  getState(): CanvasMarksState;
  subscribe(listener: () => void): () => void;
  toggleBreakpoint(nodeId: string): void;
  setRun(run: RunMarks | null): void;
}

/**
 * The canvas marks of one open flow. Deliberately tiny and free of the runtime: the inspector and
 * F9 use it from the initial bundle, while the simulator (a lazy chunk) writes the run's marks.
 */
export function createCanvasMarks(): CanvasMarks {
  const listeners = new Set<() => void>();
  let state: CanvasMarksState = { breakpoints: new Set(), run: null };
  const set = (patch: Partial<CanvasMarksState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggleBreakpoint(nodeId) {
      const breakpoints = new Set(state.breakpoints);
      if (!breakpoints.delete(nodeId)) breakpoints.add(nodeId);
      set({ breakpoints });
    },
    setRun: (run) => set({ run }),
  };
}
