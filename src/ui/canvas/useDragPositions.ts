import { useCallback, useMemo, useRef, useState } from 'react';
import { moveNodes } from '../../editor/commands/moveNodes';
import type { EditorStore } from '../../editor/createEditorStore';
import type { Position } from '../../schema';
import type { CanvasNode } from './toReactFlow';

let dragCount = 0;

export interface DragPositions {
  /** The canvas nodes with the dragged ones where the pointer has them now. */
  nodes: CanvasNode[];
  /**
   * Takes the positions of one onNodesChange call. While a drag runs they stay in the canvas (no
   * document change per pointer move: no validation, autosave, journal or derived state); outside
   * a drag (the arrow keys) they go to the document at once. Returns false when nothing moved.
   */
  move(positions: Record<string, Position>, dragging: boolean): void;
  /** Drag start and stop (node or selection drag). */
  start(): void;
  stop(): void;
}

/**
 * A drag moves nodes on the canvas only, like a bare React Flow page (a new object for each moved
 * node, the others untouched so React Flow skips them), and writes the document once when the
 * pointer is released: one moveNodes, one undo step, one validation, one autosave.
 */
export function useDragPositions(store: EditorStore, base: CanvasNode[]): DragPositions {
  const [live, setLive] = useState<Record<string, Position> | null>(null);
  const pending = useRef<Record<string, Position> | null>(null);
  const gesture = useRef<string | null>(null);

  const nodes = useMemo(() => (live ? base.map((node) => (live[node.id] ? { ...node, position: live[node.id] } : node)) : base), [base, live]);

  const commit = useCallback(() => {
    const positions = pending.current;
    pending.current = null;
    if (positions && Object.keys(positions).length) store.run(moveNodes, { positions }, gesture.current ? { gesture: gesture.current } : undefined);
    setLive(null);
  }, [store]);

  const move = useCallback(
    (positions: Record<string, Position>, dragging: boolean) => {
      if (!gesture.current && !dragging) {
        store.run(moveNodes, { positions });
        return;
      }
      pending.current = { ...pending.current, ...positions };
      setLive(pending.current);
    },
    [store],
  );

  const start = useCallback(() => {
    store.endGesture();
    gesture.current = `drag-${++dragCount}`;
  }, [store]);

  const stop = useCallback(() => {
    commit();
    gesture.current = null;
    store.endGesture();
  }, [commit, store]);

  return { nodes, move, start, stop };
}
