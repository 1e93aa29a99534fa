import { kindOf, toPointer, type FlowNode } from '../../schema';
import { dropOrphanEdges } from '../dropOrphanEdges';
import { mergeData } from '../mergeData';
import { nodeName } from '../nodeName';
import type { Command } from './types';

export interface UpdateNodeDataArgs {
  id: string;
  /** A partial update, deep-merged into the node's data; with `replace`, the whole data. */
  data: Record<string, unknown>;
  replace?: boolean;
}

/**
 * Edits a node's settings. The result is parsed with the kind's data schema, so an invalid value
 * (a negative pause, an unknown destination kind) is refused with the field named, not stored.
 * Typing in a field: run with one `gesture` per field so the edit is one undo step.
 */
export const updateNodeData: Command<UpdateNodeDataArgs> = {
  id: 'updateNodeData',
  label: 'Edit node',
  perform(draft, args, ctx) {
    const index = ctx.flow.nodes.findIndex((n) => n.id === args.id);
    if (index < 0) return ctx.refuse(`There is no node "${args.id}"`);
    const before = ctx.flow.nodes[index];
    const merged = args.replace ? args.data : mergeData(before.data as Record<string, unknown>, args.data);
    const parsed = kindOf(before).dataSchema.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = toPointer(['nodes', index, 'data', ...issue.path]);
      return ctx.refuse(`${nodeName(before, ctx.flow)}: ${issue.message} at ${where}`);
    }
    if (JSON.stringify(parsed.data) === JSON.stringify(before.data)) return false;
    // The kind's schema checked the data; the union of node types cannot say so statically.
    (draft.nodes[index] as { data: unknown }).data = parsed.data;
    const after = { ...before, data: parsed.data } as FlowNode;
    const dropped = dropOrphanEdges(draft, before, after);
    if (dropped) ctx.say(dropped);
  },
  describe: (args, flow) => `Edit ${nodeName(flow.nodes.find((n) => n.id === args.id), flow)}`,
};
