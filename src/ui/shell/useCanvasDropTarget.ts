import { useContext } from 'react';
import { CanvasDragContext } from './CanvasDragContext';

/** The canvas side of palette drag and drop: a ref for the drop area and whether a drag is over it. */
export function useCanvasDropTarget() {
  const drag = useContext(CanvasDragContext);
  return { ref: drag?.setCanvas, isOver: drag?.overCanvas ?? false };
}
