import { NODE_KINDS, type Flow, type FlowNode } from '../schema';

/** What people call a node: its title, else its kind's label ("Pause"). */
export function nodeName(node: FlowNode | undefined): string {
  if (!node) return 'node';
  return node.title?.trim() || NODE_KINDS[node.type].label;
}

/** "Pause" for one node, "3 nodes" for several; ids not in the flow are not counted. */
export function countNodes(flow: Flow, ids: readonly string[]): string {
  const wanted = new Set(ids);
  const nodes = flow.nodes.filter((n) => wanted.has(n.id));
  return nodes.length === 1 ? nodeName(nodes[0]) : `${nodes.length} nodes`;
}
