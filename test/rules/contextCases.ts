import type { Flow } from '../../src/schema';
import { chatFlow, edge, node, tweak, voiceFlow } from './helpers';
import type { RuleCase } from './ruleCase';

/** chatFlow (live chat) or voiceFlow (SIP URI) with a context on its handover. */
export function withContext(base: Flow, context: Record<string, unknown>, change: (f: Flow) => void = () => {}): Flow {
  return tweak(base, (f) => {
    const h = f.nodes.find((n) => n.id === 'h');
    if (h?.type !== 'handover') return;
    h.data.context = { summaryVariable: 'summary', sampleSummary: '', transcriptMessages: 10, variables: [], includeTags: true, note: '', warmTransfer: false, ...context };
    change(f);
  });
}

const voiceWithRejected = () => voiceFlow();
const zendesk = (mode: 'chat_department' | 'messaging_switchboard') => (f: Flow) => {
  const h = f.nodes.find((n) => n.id === 'h');
  if (h?.type === 'handover') h.data.destination = { kind: 'zendesk', department_routing: '360001234567', queueTimeoutMinutes: 10, mode, switchboardIntegration: 'zd:agentWorkspace', history: 'last_10', switchboardMetadata: [] };
};

export const contextCases: RuleCase[] = [
  {
    code: 'context.too_long',
    fires: () => withContext(voiceFlow(), { sampleSummary: 'x'.repeat(1100) }),
    clean: () => withContext(voiceFlow(), { sampleSummary: 'Wants a refund for order 42' }),
    expect: { severity: 'error', nodeId: 'h', path: '/nodes/4/data/context' },
  },
  {
    code: 'context.not_carried',
    fires: () => withContext(chatFlow(), {}, zendesk('chat_department')),
    clean: () => withContext(chatFlow(), {}, zendesk('messaging_switchboard')),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/3/data/context' },
  },
  {
    code: 'context.warm_not_voice',
    fires: () => withContext(chatFlow(), { warmTransfer: true }),
    clean: () => withContext(chatFlow(), {}),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/3/data/context/warmTransfer' },
  },
  {
    code: 'context.warm_rejected_unconnected',
    fires: () => withContext(voiceFlow(), { warmTransfer: true }, (f) => void (f.edges = f.edges.filter((e) => e.sourcePort !== 'rejected'))),
    clean: () => withContext(voiceWithRejected(), { warmTransfer: true }),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/4/data/context/warmTransfer' },
  },
  {
    code: 'context.warm_nothing_to_say',
    fires: () => withContext(voiceFlow(), { warmTransfer: true, summaryVariable: '' }),
    clean: () => withContext(voiceFlow(), { warmTransfer: true, summaryVariable: '', note: 'Caller asked about billing' }),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/4/data/context/summaryVariable' },
  },
];

/** A chat flow that also tags the contact, for the tags the size check counts. */
export function taggedChat(): Flow {
  return tweak(chatFlow(), (f) => {
    f.nodes.push(node('add_tag', 'tg', { tag: 'billing' }));
    f.edges.push(edge('sorry', 'next', 'tg'));
  });
}
