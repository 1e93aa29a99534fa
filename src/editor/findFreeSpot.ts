import type { Flow, FlowNode, Position } from '../schema';
import { estimateNodeSize, type NodeSize } from './estimateNodeSize';

const GAP = 30;
const STEP = 15;
const MAX_RINGS = 60;

function overlaps(a: Position & NodeSize, b: Position & NodeSize): boolean {
  return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}

/**
 * The top-left position nearest to `wanted` where a node of `size` overlaps no other node (with a
 * 30 px gap), on the 15 px grid. Nodes added from the keyboard land in the middle of the view; without
 * this, adding a trigger, a Message and a Pause in a row stacks them on one spot. Sideways moves
 * count half, so the new node sits beside the others as a flow reads, rather than under them.
 */
export function findFreeSpot(flow: Flow, wanted: Position, size: NodeSize, sizeOf: (node: FlowNode) => NodeSize = estimateNodeSize): Position {
  const boxes = flow.nodes.flatMap((n) => {
    const at = flow.layout.nodes[n.id];
    return at ? [{ ...at, ...sizeOf(n) }] : [];
  });
  const isFree = (p: Position) => !boxes.some((b) => overlaps({ ...p, ...size }, b));
  if (isFree(wanted)) return wanted;
  let best: { p: Position; cost: number } | null = null;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    // A ring's cheapest cell costs ring * STEP / 2; stop once nothing farther out can win.
    if (best && best.cost <= (ring * STEP) / 2) break;
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        // Right and down win ties over left and up, so rows grow the way a flow reads.
        const cost = (Math.abs(dx) * STEP) / 2 + Math.abs(dy) * STEP + (dx < 0 || dy < 0 ? 0.1 : 0);
        if (best && cost >= best.cost) continue;
        const p = { x: wanted.x + dx * STEP, y: wanted.y + dy * STEP };
        if (isFree(p)) best = { p, cost };
      }
    }
  }
  return best?.p ?? wanted;
}
