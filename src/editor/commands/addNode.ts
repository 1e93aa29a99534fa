import { createNode, NODE_KINDS, type FlowNode, type NodeType, type Position } from '../../schema';
import { canAddNode } from '../canAddNode';
import { createId } from '../createId';
import type { Command } from './types';

export interface AddNodeArgs {
  type: NodeType;
  position: Position;
  /** A wanted id (sanitised; a fresh one is made when it is taken). */
  id?: string;
  data?: Record<string, unknown>;
  title?: string;
}

/** Adds a node with its kind's defaults at a canvas position and selects it. */
export const addNode: Command<AddNodeArgs> = {
  id: 'addNode',
  label: 'Add node',
  perform(draft, args, ctx) {
    const allowed = canAddNode(ctx.flow, args.type);
    if (!allowed.ok) return ctx.refuse(allowed.reason);
    const id = createId(args.type, new Set(ctx.flow.nodes.map((n) => n.id)), args.id);
    let node: FlowNode;
    try {
      node = createNode(args.type, id, args.data ?? {});
    } catch {
      return ctx.refuse(`The settings given for the new ${NODE_KINDS[args.type].label} are not valid`);
    }
    if (args.title?.trim()) node.title = args.title.trim().slice(0, 120);
    draft.nodes.push(node);
    draft.layout.nodes[id] = { x: args.position.x, y: args.position.y };
    ctx.select({ nodeIds: [id], edgeIds: [] });
  },
  describe: (args) => `Add ${NODE_KINDS[args.type]?.label ?? 'node'}`,
};
