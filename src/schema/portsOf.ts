import type { FlowNode } from './flow';
import { NODE_KINDS, type NodeKind, type PortSpec } from './nodeKinds';

/** The output ports of a node as it is configured now (a handover's ports follow its destination). */
export function portsOf(node: FlowNode): readonly PortSpec[] {
  const kind = NODE_KINDS[node.type] as NodeKind<typeof node.data>;
  return kind.ports(node.data);
}

export function kindOf(node: FlowNode): NodeKind<unknown> {
  return NODE_KINDS[node.type] as NodeKind<unknown>;
}

/** Triggers start the flow and have no input; notes are not part of it. */
export function acceptsInput(node: FlowNode): boolean {
  return kindOf(node).role === 'step';
}
