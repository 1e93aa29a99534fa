import { NODE_KINDS, type Flow, type NodeType } from '../schema';

/** Human handover product page: "You can configure a maximum of 6 handover actions per bot." */
export const MAX_HANDOVERS = 6;
const MAX_NODES = 20000;

export type Check = { ok: true } | { ok: false; reason: string };

/** Whether `count` more nodes of `type` may be added; the reason is shown to the user as is. */
export function canAddNode(flow: Flow, type: NodeType, count = 1): Check {
  if (!Object.prototype.hasOwnProperty.call(NODE_KINDS, type)) return { ok: false, reason: `Unknown node type "${type}"` };
  if (flow.nodes.length + count > MAX_NODES) return { ok: false, reason: `A flow holds at most ${MAX_NODES} nodes` };
  if (type === 'handover') {
    const handovers = flow.nodes.filter((n) => n.type === 'handover').length;
    if (handovers + count > MAX_HANDOVERS) {
      return {
        ok: false,
        reason: `At most ${MAX_HANDOVERS} handover actions per bot; this flow has ${handovers}. Remove one or reuse an existing Handover.`,
      };
    }
  }
  return { ok: true };
}
