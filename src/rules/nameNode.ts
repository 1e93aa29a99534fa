import { kindOf, type FlowNode } from '../schema';

/** How messages name a node: its kind label and its title or id, e.g. `Handover "Call sales"`. */
export function nameNode(node: FlowNode): string {
  return `${kindOf(node).label} "${node.title?.trim() || node.id}"`;
}
