import { createContext, type PointerEvent as ReactPointerEvent } from 'react';
import type { NodeType } from '../../schema';

export interface CanvasDrag {
  /** A palette item's pointerdown: the drag starts once the pointer has moved a few pixels. */
  begin(type: NodeType, event: ReactPointerEvent<HTMLElement>): void;
  /** The canvas element a drop lands on (null when it unmounts). */
  setCanvas(element: HTMLElement | null): void;
  /** The kind being dragged, once the drag has started. */
  dragging: NodeType | null;
  /** Whether the pointer is over the canvas during a drag. */
  overCanvas: boolean;
}

/** Palette → canvas drag and drop, provided by CanvasDndContext. */
export const CanvasDragContext = createContext<CanvasDrag | null>(null);
