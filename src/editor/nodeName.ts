import { NODE_KINDS, type Flow, type FlowNode } from '../schema';

/** What people call a node: its title, else its kind's label ("Pause"). */
export function nodeName(node: FlowNode | undefined): string {
  if (!node) return 'node';
  return node.title?.trim() || NODE_KINDS[node.type].label;
}

/** "Pause" for one node, "3 nodes" for several. */
export function countNodes(flow: Flow, ids: readonly string[]): string {
  if (ids.length === 1) return nodeName(flow.nodes.find((n) => n.id === ids[0]));
  return `${ids.length} nodes`;
}
