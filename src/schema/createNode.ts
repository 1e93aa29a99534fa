import type { FlowNode } from './flow';
import { NODE_KINDS, type NodeType } from './nodeKinds';

/** A node of the given type with its schema defaults filled in. */
export function createNode<T extends NodeType>(type: T, id: string, data: Record<string, unknown> = {}): Extract<FlowNode, { type: T }> {
  const kind = NODE_KINDS[type];
  return { id, type, data: kind.dataSchema.parse(data) } as Extract<FlowNode, { type: T }>;
}
