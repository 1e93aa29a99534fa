import type { CanvasNode } from '../toReactFlow';
import { MAP_FRAME_ID, MAP_FRAME_TYPE } from './mapFrame';

const hiddenCopies = new WeakMap<CanvasNode, CanvasNode>();
const FRAME_DATA: Record<string, never> = {};
let lastFrame: CanvasNode | null = null;
const results = new WeakMap<readonly CanvasNode[], CanvasNode[]>();

/**
 * React Flow's nodes while the map layer draws the flow: every node hidden (React Flow mounts no
 * element for it, and keeps it for selection, fit view and the store), plus the frame node that
 * spans them all for fit view and the MiniMap (mapFrame.tsx). Hidden copies are cached per node
 * object, so a drag or an edit makes new objects only for the nodes it changed.
 */
export function toMapNodes(nodes: readonly CanvasNode[]): CanvasNode[] {
  // The same array for the same nodes: the store switch (useMapSwitch) and the `nodes` prop then
  // hand React Flow one array, and it adopts it once.
  let result = results.get(nodes);
  if (!result) results.set(nodes, (result = mapNodes(nodes)));
  return result;
}

function mapNodes(nodes: readonly CanvasNode[]): CanvasNode[] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const out: CanvasNode[] = [];
  for (const node of nodes) {
    let hidden = hiddenCopies.get(node);
    if (!hidden) hiddenCopies.set(node, (hidden = { ...node, hidden: true }));
    out.push(hidden);
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.width ?? 0));
    maxY = Math.max(maxY, y + (node.height ?? 0));
  }
  if (!out.length) return out;
  const width = maxX - minX;
  const height = maxY - minY;
  const same = lastFrame && lastFrame.position.x === minX && lastFrame.position.y === minY && lastFrame.width === width && lastFrame.height === height;
  if (!same) lastFrame = frame(minX, minY, width, height);
  out.unshift(lastFrame!);
  return out;
}

function frame(x: number, y: number, width: number, height: number): CanvasNode {
  return {
    id: MAP_FRAME_ID,
    type: MAP_FRAME_TYPE,
    position: { x, y },
    data: FRAME_DATA,
    width,
    height,
    measured: { width, height },
    selectable: false,
    draggable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    zIndex: -10,
    domAttributes: { 'aria-hidden': true },
  };
}
