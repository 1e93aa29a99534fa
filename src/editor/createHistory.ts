import type { Patch } from 'immer';
import type { Selection } from './selection';

/** One undoable step: forward and inverse patches, and the label shown as "Undo Move 3 nodes". */
export interface HistoryStep {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** View state restored with the step, so undoing a delete re-selects what came back. */
  selectionBefore: Selection;
  selectionAfter: Selection;
  /** Set while a gesture (a drag, typing in one field) is still merging into this step. */
  gesture: string | null;
}

export interface History {
  readonly undoStack: readonly HistoryStep[];
  readonly redoStack: readonly HistoryStep[];
  /** Records a step, merging it into the open gesture step when the gesture id matches. */
  record(step: Omit<HistoryStep, 'gesture'>, gesture?: string): void;
  /** Closes the open gesture so the next change starts a new step. */
  endGesture(): void;
  popUndo(): HistoryStep | undefined;
  popRedo(): HistoryStep | undefined;
  pushUndo(step: HistoryStep): void;
  pushRedo(step: HistoryStep): void;
  clearRedo(): void;
  clear(): void;
}

/**
 * A drag sends dozens of moves that each rewrite the same layout keys. When every patch sets or
 * deletes an object property (no array splices, whose indices shift), only the last write to each
 * path matters, so the merged step stays as small as one move.
 */
function compactPatches(patches: Patch[]): Patch[] {
  const propertyOnly = patches.every((p) => p.path.length > 0 && typeof p.path[p.path.length - 1] === 'string');
  if (!propertyOnly) return patches;
  const lastIndex = new Map<string, number>();
  patches.forEach((p, i) => lastIndex.set(JSON.stringify(p.path), i));
  return patches.filter((p, i) => lastIndex.get(JSON.stringify(p.path)) === i);
}

/**
 * A bounded undo/redo stack of immer patches. Inverse deltas rather than snapshots: a step costs
 * what it changed, so 200 steps of a 1,000-node flow stay small (excalidraw's history model).
 */
export function createHistory(limit: number): History {
  let undoStack: HistoryStep[] = [];
  let redoStack: HistoryStep[] = [];
  let openGesture: string | null = null;

  return {
    get undoStack() {
      return undoStack;
    },
    get redoStack() {
      return redoStack;
    },
    record(step, gesture) {
      redoStack = [];
      const last = undoStack[undoStack.length - 1];
      if (gesture !== undefined && openGesture === gesture && last?.gesture === gesture) {
        // Forward patches replay in order; inverse patches undo the newest change first.
        undoStack = [
          ...undoStack.slice(0, -1),
          {
            label: step.label,
            selectionBefore: last.selectionBefore,
            selectionAfter: step.selectionAfter,
            patches: compactPatches([...last.patches, ...step.patches]),
            inversePatches: compactPatches([...step.inversePatches, ...last.inversePatches]),
            gesture,
          },
        ];
        return;
      }
      openGesture = gesture ?? null;
      undoStack = [...undoStack, { ...step, gesture: openGesture }];
      if (undoStack.length > limit) undoStack = undoStack.slice(undoStack.length - limit);
    },
    endGesture() {
      openGesture = null;
    },
    popUndo() {
      openGesture = null;
      const step = undoStack[undoStack.length - 1];
      if (step) undoStack = undoStack.slice(0, -1);
      return step;
    },
    popRedo() {
      openGesture = null;
      const step = redoStack[redoStack.length - 1];
      if (step) redoStack = redoStack.slice(0, -1);
      return step;
    },
    pushUndo(step) {
      undoStack = [...undoStack, { ...step, gesture: null }];
    },
    pushRedo(step) {
      redoStack = [...redoStack, { ...step, gesture: null }];
    },
    clearRedo() {
      redoStack = [];
    },
    clear() {
      undoStack = [];
      redoStack = [];
      openGesture = null;
    },
  };
}
