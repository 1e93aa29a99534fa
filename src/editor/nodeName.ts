import { titleNode, type Flow, type FlowNode } from '../schema';

/** What people call a node in history and editor messages: titleNode with the flow, or "node" when it is gone. */
export function nodeName(node: FlowNode | undefined, flow: Flow): string {
  return node ? titleNode(node, flow) : 'node';
}

/** "Pause 1.5 s" for one node, "3 nodes" for several; ids not in the flow are not counted. */
export function countNodes(flow: Flow, ids: readonly string[]): string {
  const wanted = new Set(ids);
  const nodes = flow.nodes.filter((n) => wanted.has(n.id));
  return nodes.length === 1 ? nodeName(nodes[0], flow) : `${nodes.length} nodes`;
}
