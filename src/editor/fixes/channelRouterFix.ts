import { CHANNEL_LABELS, nameNode, type Channel, type Flow, type FlowNode } from '../../schema';
import { insertBefore } from './insertBefore';
import type { QuickFix } from './types';

/**
 * "Insert a Channel router before <handover>": every way into the handover goes through a new
 * router whose `keep` port leads on to it, so the handover runs only on that channel; the router's
 * other ports stay free for the designer to send the other channels elsewhere.
 */
export function channelRouterFix(flow: Flow, node: FlowNode, keep: Channel): QuickFix {
  return {
    id: `router-${keep}`,
    label: `Insert a Channel router before ${nameNode(node, flow)} (${CHANNEL_LABELS[keep]} only)`,
    apply(draft, ctx) {
      const added = insertBefore(draft, flow, node.id, 'channel_router', {}, keep);
      if (!added) return ctx.refuse(`Nothing leads into ${nameNode(node, flow)}, so there is nowhere to put a Channel router`);
      ctx.select({ nodeIds: added, edgeIds: [] });
    },
  };
}
