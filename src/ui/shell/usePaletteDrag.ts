import { useContext, type PointerEvent as ReactPointerEvent } from 'react';
import type { NodeType } from '../../schema';
import { CanvasDragContext } from './CanvasDragContext';

/** What a palette item needs to be dragged onto the canvas: its pointerdown handler and whether it is the one in flight. */
export function usePaletteDrag(type: NodeType, disabled: boolean) {
  const drag = useContext(CanvasDragContext);
  return {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      if (!disabled) drag?.begin(type, event);
    },
    isDragging: drag?.dragging === type,
  };
}
