import { nameNode } from '../../schema';
import { connectPortFix } from './connectPortFix';
import { draftNode, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

const REJECTED_TEXT = 'Sorry, nobody could take your call just now. Please try again later.';
// The rule's own example: a satisfaction question when the conversation comes back.
const RESOLVED_TEXT = 'Did we solve your problem today?';

export const contextFixes = {
  'context.warm_not_voice': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (!node?.data.context?.warmTransfer) return [];
    const fix: QuickFix = {
      id: 'warm-off',
      label: `Turn Warm transfer off in ${nameNode(node, flow)}`,
      apply(draft) {
        const context = draftNode(draft, node.id, 'handover')?.data.context;
        if (!context?.warmTransfer) return false;
        context.warmTransfer = false;
      },
    };
    return [fix];
  },
  'context.warm_rejected_unconnected': (d, flow) => connectPortFix(d, flow, nodeOf(d, flow, 'handover'), { rejected: REJECTED_TEXT }),
  'ownership.hand_back.resolved_unconnected': (d, flow) => connectPortFix(d, flow, nodeOf(d, flow, 'handover'), { resolved: RESOLVED_TEXT }),
  'ownership.hand_back.voice': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (node?.data.handBackAfterIdleMinutes === undefined) return [];
    return [
      {
        id: 'remove-hand-back',
        label: `Remove the idle hand back from ${nameNode(node, flow)}`,
        apply(draft) {
          const target = draftNode(draft, node.id, 'handover');
          if (target?.data.handBackAfterIdleMinutes === undefined) return false;
          delete target.data.handBackAfterIdleMinutes;
        },
      },
    ];
  },
} satisfies Record<string, FixProvider>;
