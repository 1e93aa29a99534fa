import { nameNode } from '../../schema';
import { removeFromDraft } from '../removeFromDraft';
import { channelRouterFix } from './channelRouterFix';
import { connectPortFix } from './connectPortFix';
import { insertBefore } from './insertBefore';
import { draftNode, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

const NO_AGENTS_TEXT = 'Nobody is available right now. We will get back to you here as soon as someone is free.';

export const handoverFixes = {
  'messenger.channel.mismatch': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    return node ? [channelRouterFix(flow, node, 'messenger')] : [];
  },
  'handover.no_agents.unconnected': (d, flow) => connectPortFix(d, flow, nodeOf(d, flow, 'handover'), { no_agents: NO_AGENTS_TEXT }),
  'scenario.handover.limit': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (!node) return [];
    return [
      {
        id: 'delete-handover',
        label: `Delete ${nameNode(node, flow)}`,
        apply: (draft) => (removeFromDraft(draft, [node.id]).nodes === 0 ? false : undefined),
      },
    ];
  },
  'assign.unassigned_path': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (!node) return [];
    // The first staff member is the obvious pick; with no staff the Assign asks for one (assign.assignee.empty).
    const staff = flow.settings.staff[0];
    const fixes: QuickFix[] = [
      {
        id: 'insert-assign',
        label: `Add an Assign step${staff ? ` to ${staff.name}` : ''} before ${nameNode(node, flow)}`,
        apply(draft, ctx) {
          const added = insertBefore(draft, flow, node.id, 'assign', { assigneeId: staff?.id ?? '' });
          if (!added) return ctx.refuse(`Nothing leads into ${nameNode(node, flow)}, so there is nowhere to put an Assign step`);
          ctx.select({ nodeIds: added, edgeIds: [] });
        },
      },
    ];
    if (staff && node.data.destination.kind === 'live_chat') {
      fixes.push({
        id: 'choose-assignee',
        label: `Assign ${nameNode(node, flow)} to ${staff.name}`,
        apply(draft) {
          const target = draftNode(draft, node.id, 'handover');
          if (target?.data.destination.kind !== 'live_chat') return false;
          target.data.destination.assigneeId = staff.id;
        },
      });
    }
    return fixes;
  },
} satisfies Record<string, FixProvider>;
