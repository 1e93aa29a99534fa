import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeType } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { useAddNodeAt } from '../palette/useAddNodeAt';
import { CanvasDragContext, type CanvasDrag } from './CanvasDragContext';

/** Movement before a press on a palette item becomes a drag, so clicks and focus stay clicks. */
const ACTIVATION_PX = 5;

interface Ghost {
  type: NodeType;
  left: number;
  top: number;
  width: number;
  over: boolean;
}

/**
 * Palette → canvas drag and drop with pointer events: a ghost follows the pointer and a release
 * over the canvas adds the kind there (screenToFlowPosition, so it lives inside ReactFlowProvider).
 * Escape cancels. Hand-written rather than a drag-and-drop library: this one gesture is all the
 * app drags outside React Flow, and the library cost 13 KB gzip of start-up JavaScript (issue 7).
 * Keyboard users add kinds with Enter on a palette item instead.
 */
export function CanvasDndContext({ children }: { children: ReactNode }) {
  const rf = useReactFlow();
  const addAt = useAddNodeAt();
  const canvas = useRef<HTMLElement | null>(null);
  const stopCurrent = useRef<(() => void) | null>(null);
  const [ghost, setGhost] = useState<Ghost | null>(null);

  const begin = useCallback(
    (type: NodeType, down: ReactPointerEvent<HTMLElement>) => {
      if (down.button !== 0 || !down.isPrimary) return;
      stopCurrent.current?.();
      const item = down.currentTarget.getBoundingClientRect();
      const offset = { x: down.clientX - item.left, y: down.clientY - item.top };
      let started = false;

      const isOver = (x: number, y: number) => {
        const r = canvas.current?.getBoundingClientRect();
        return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      };
      const move = (e: PointerEvent) => {
        if (e.pointerId !== down.pointerId) return;
        if (!started && Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) < ACTIVATION_PX) return;
        started = true;
        window.getSelection()?.removeAllRanges();
        setGhost({ type, left: e.clientX - offset.x, top: e.clientY - offset.y, width: item.width, over: isOver(e.clientX, e.clientY) });
      };
      const up = (e: PointerEvent) => {
        if (e.pointerId !== down.pointerId) return;
        stop();
        if (started && isOver(e.clientX, e.clientY)) addAt(type, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      };
      const cancel = (e: PointerEvent) => e.pointerId === down.pointerId && stop();
      const escape = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !started) return;
        e.preventDefault();
        e.stopPropagation();
        stop();
      };
      function stop() {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancel);
        window.removeEventListener('keydown', escape, true);
        stopCurrent.current = null;
        setGhost(null);
      }
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancel);
      window.addEventListener('keydown', escape, true);
      stopCurrent.current = stop;
    },
    [addAt, rf],
  );

  useEffect(() => () => stopCurrent.current?.(), []);

  const setCanvas = useCallback((element: HTMLElement | null) => {
    canvas.current = element;
  }, []);
  const dragging = ghost?.type ?? null;
  const overCanvas = ghost?.over ?? false;
  const value = useMemo<CanvasDrag>(() => ({ begin, setCanvas, dragging, overCanvas }), [begin, setCanvas, dragging, overCanvas]);

  return (
    <CanvasDragContext.Provider value={value}>
      {children}
      {ghost && (
        <div
          className={`palette-item palette-ghost ${groupClass(ghost.type)}`}
          style={{ position: 'fixed', left: ghost.left, top: ghost.top, width: ghost.width, zIndex: 1000, pointerEvents: 'none' }}
          aria-hidden="true"
        >
          <span className="palette-icon" aria-hidden="true">
            <KindIcon type={ghost.type} />
          </span>
          <span className="palette-label">{NODE_KINDS[ghost.type].label}</span>
        </div>
      )}
    </CanvasDragContext.Provider>
  );
}
