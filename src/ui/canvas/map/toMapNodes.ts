import type { CanvasNode } from '../toReactFlow';
import { MAP_FRAME_ID, MAP_FRAME_TYPE } from './mapFrame';

const FRAME_DATA: Record<string, never> = {};
let lastFrame: CanvasNode | null = null;
const results = new WeakMap<readonly CanvasNode[], CanvasNode[]>();

/**
 * React Flow's nodes while the map layer draws the flow: only the frame node that spans them all,
 * for fit view and the MiniMap (mapFrame.tsx). Hidden nodes would still cost React Flow a store
 * subscription each in the MiniMap and a visibility test each in its renderer on every frame of a
 * pan (a third of a frame at 10,000 nodes); the map has its own index for everything else.
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
  for (const node of nodes) {
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.width ?? 0));
    maxY = Math.max(maxY, y + (node.height ?? 0));
  }
  if (!nodes.length) return [];
  const width = maxX - minX;
  const height = maxY - minY;
  const same = lastFrame && lastFrame.position.x === minX && lastFrame.position.y === minY && lastFrame.width === width && lastFrame.height === height;
  if (!same) lastFrame = frame(minX, minY, width, height);
  return [lastFrame!];
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
