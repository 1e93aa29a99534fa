import dagre from '@dagrejs/dagre';
import { kindOf, portsOf, type Flow, type FlowNode, type Position } from '../schema';
import { estimateNodeSize, type NodeSize } from './estimateNodeSize';
import { flowOrder } from './flowOrder';

// Re-exported: callers that lay out import the estimate from here.
export { estimateNodeSize, type NodeSize };

const RANK_GAP = 96;
const NODE_GAP = 32;

/**
 * A tidy left-to-right layout (dagre): triggers on the left, each step right of what leads to it.
 * Nodes and edges are fed in reading order and port order, and consecutive ports become ordering
 * constraints, so a node's first port leads upward as on the canvas node. Notes are not part of the flow: they go in a
 * row under it. Returns top-left positions, as the layout stores them.
 */
export function computeLayout(flow: Flow, sizeOf: (node: FlowNode) => NodeSize = estimateNodeSize): Record<string, Position> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', ranksep: RANK_GAP, nodesep: NODE_GAP, edgesep: 16, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const order = flowOrder(flow);
  const sizes = new Map<string, NodeSize>();
  const notes: FlowNode[] = [];
  for (const id of order) {
    const node = byId.get(id)!;
    const size = sizeOf(node);
    sizes.set(id, size);
    if (kindOf(node).role === 'annotation') notes.push(node);
    else g.setNode(id, { width: size.width, height: size.height });
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  const edges = flow.edges
    .filter((e) => g.hasNode(e.source) && g.hasNode(e.target) && e.source !== e.target)
    .map((e) => ({ e, port: portsOf(byId.get(e.source)!).findIndex((p) => p.id === e.sourcePort) }))
    .sort((a, b) => rank.get(a.e.source)! - rank.get(b.e.source)! || a.port - b.port);
  // Port order as ordering constraints: the target of a node's first port sits above the next.
  const constraints: { left: string; right: string }[] = [];
  for (let i = 0; i < edges.length; i++) {
    g.setEdge(edges[i].e.source, edges[i].e.target, {}, edges[i].e.id);
    const prev = edges[i - 1]?.e;
    if (prev && prev.source === edges[i].e.source && prev.target !== edges[i].e.target) constraints.push({ left: prev.target, right: edges[i].e.target });
  }
  dagre.layout(g, { constraints });

  const positions: Record<string, Position> = {};
  let bottom = 0;
  for (const id of g.nodes()) {
    const { x, y, width, height } = g.node(id);
    positions[id] = { x: Math.round(x - width / 2), y: Math.round(y - height / 2) };
    bottom = Math.max(bottom, y + height / 2);
  }
  let x = 0;
  const noteTop = g.nodeCount() > 0 ? Math.round(bottom + RANK_GAP) : 0;
  for (const note of notes) {
    positions[note.id] = { x, y: noteTop };
    x += sizes.get(note.id)!.width + NODE_GAP;
  }
  return positions;
}
