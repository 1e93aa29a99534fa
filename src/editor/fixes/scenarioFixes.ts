import { MAX_RETRIES } from '../../rules/rules/repeatedFailureRetries';
import { DEFAULT_HUMAN_PHRASES, nameNode, type Flow, type FlowNode } from '../../schema';
import { fixGraph } from './fixGraph';
import { draftNode, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

const setRetries = (node: FlowNode | undefined, retries: number): QuickFix[] =>
  node
    ? [
        {
          id: 'set-retries',
          label: `Set retries to ${retries}`,
          apply(draft) {
            const target = draftNode(draft, node.id, 'trigger_repeated_failure');
            if (!target) return false;
            target.data.retries = retries;
          },
        },
      ]
    : [];

/** "Enable <trigger>" for a diagnostic about a disabled trigger (every trigger's data has `enabled`). */
export function enableTriggerFix(flow: Flow, nodeId: string | undefined): QuickFix[] {
  const node = nodeId ? fixGraph(flow).nodeById.get(nodeId) : undefined;
  const data = node?.data as { enabled?: boolean } | undefined;
  if (!node || data?.enabled !== false) return [];
  return [
    {
      id: 'enable-trigger',
      label: `Enable ${nameNode(node, flow)}`,
      apply(draft) {
        const target = draft.nodes.find((n) => n.id === node.id);
        const targetData = target?.data as { enabled?: boolean } | undefined;
        if (!targetData || targetData.enabled !== false) return false;
        targetData.enabled = true;
      },
    },
  ];
}

export const scenarioFixes = {
  'scenario.retries.too_many': (d, flow) => setRetries(nodeOf(d, flow, 'trigger_repeated_failure'), MAX_RETRIES),
  'scenario.retries.none': (d, flow) => setRetries(nodeOf(d, flow, 'trigger_repeated_failure'), 1),
  'scenario.phrases.empty': (d, flow) => {
    const node = nodeOf(d, flow, 'trigger_human_requested');
    if (!node) return [];
    return [
      {
        id: 'add-phrases',
        label: `Add example phrases to ${nameNode(node, flow)}`,
        apply(draft) {
          const target = draftNode(draft, node.id, 'trigger_human_requested');
          if (!target) return false;
          target.data.phrases = [...DEFAULT_HUMAN_PHRASES];
        },
      },
    ];
  },
  'scenario.disabled.steps_never_run': (d, flow) => enableTriggerFix(flow, d.nodeId),
} satisfies Record<string, FixProvider>;
