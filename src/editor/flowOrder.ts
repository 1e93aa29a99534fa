import { kindOf, portsOf, type Flow, type FlowEdge } from '../schema';

/**
 * Node ids in reading order, for the Outline view and keyboard navigation: breadth-first from the
 * triggers (in document order), following each node's outputs in port order; then steps no
 * trigger reaches, in document order; notes last.
 */
export function flowOrder(flow: Flow): string[] {
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge);
    else outgoing.set(edge.source, [edge]);
  }
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const order: string[] = [];
  const queue: string[] = [];
  for (const node of flow.nodes) {
    if (kindOf(node).role === 'trigger') {
      seen.add(node.id);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    order.push(id);
    const node = byId.get(id);
    const edges = outgoing.get(id);
    if (!node || !edges) continue;
    const portIndex = new Map(portsOf(node).map((p, i) => [p.id, i]));
    const sorted = [...edges].sort((a, b) => (portIndex.get(a.sourcePort) ?? Infinity) - (portIndex.get(b.sourcePort) ?? Infinity));
    for (const edge of sorted) {
      if (seen.has(edge.target) || !byId.has(edge.target)) continue;
      seen.add(edge.target);
      queue.push(edge.target);
    }
  }
  for (const node of flow.nodes) if (!seen.has(node.id) && kindOf(node).role !== 'annotation') order.push(node.id);
  for (const node of flow.nodes) if (!seen.has(node.id) && kindOf(node).role === 'annotation') order.push(node.id);
  return order;
}
