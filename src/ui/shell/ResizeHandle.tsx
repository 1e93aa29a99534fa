import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PanelSize } from './usePanelSize';

interface Props {
  label: string;
  panel: PanelSize;
  orientation: 'vertical' | 'horizontal';
  /** +1 when dragging right/down grows the panel, −1 when it shrinks it. */
  direction: 1 | -1;
  controls?: string;
}

const STEP = 16;

/**
 * A splitter between two panels (WAI-ARIA window splitter): drag with the pointer, or focus it and
 * use the arrow keys (Shift for bigger steps), Home/End for min/max, Enter to collapse or expand.
 */
export function ResizeHandle({ label, panel, orientation, direction, controls }: Props) {
  const start = useRef<{ pos: number; size: number } | null>(null);
  const vertical = orientation === 'vertical';

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { pos: vertical ? e.clientX : e.clientY, size: panel.collapsed ? panel.min : panel.size };
  }
  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (!start.current) return;
    const delta = (vertical ? e.clientX : e.clientY) - start.current.pos;
    panel.setSize(start.current.size + direction * delta);
  }
  function onPointerUp() {
    start.current = null;
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const grow: Record<string, number> = vertical ? { ArrowRight: direction, ArrowLeft: -direction } : { ArrowDown: direction, ArrowUp: -direction };
    const sign = grow[e.key];
    if (sign) panel.setSize(panel.size + sign * step);
    else if (e.key === 'Home') panel.setSize(panel.min);
    else if (e.key === 'End') panel.setSize(panel.max);
    else if (e.key === 'Enter') panel.toggle();
    else return;
    e.preventDefault();
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={panel.collapsed ? 0 : panel.size}
      aria-valuemin={panel.min}
      aria-valuemax={panel.max}
      aria-controls={controls}
      className={`resize-handle resize-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={panel.toggle}
    />
  );
}
