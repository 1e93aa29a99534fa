import { kindOf, portsOf, type FlowNode } from '../schema';

export interface NodeSize {
  width: number;
  height: number;
}

/**
 * A size estimate for when the caller has no measured geometry: the canvas node is 248 px wide,
 * a 40 px header, a few summary lines, then one 26 px row per output port.
 * Apart from computeLayout so that placing a node (findFreeSpot) does not load dagre.
 */
export function estimateNodeSize(node: FlowNode): NodeSize {
  if (kindOf(node).role === 'annotation') return { width: 220, height: 150 };
  return { width: 248, height: 40 + 77 + portsOf(node).length * 26 + 6 };
}
