import type { Flow, HandoverDestination } from '../../src/schema';
import { chatFlow, edge, node, tweak } from './helpers';
import type { RuleCase } from './ruleCase';

/** chatFlow with another destination on its handover; edges from ports it no longer has are removed. */
export function chatWith(destination: Partial<HandoverDestination> & { kind: HandoverDestination['kind'] }, settings: Partial<Flow['settings']> = {}): Flow {
  return tweak(chatFlow(), (f) => {
    const h = f.nodes[3];
    if (h.type !== 'handover') return;
    const defaults = { live_chat: { assigneeId: null, queueTimeoutMinutes: 10 }, zendesk: { department_routing: '', queueTimeoutMinutes: 10 }, messenger: { metadata: '' }, voice: { to: '', attributes: [], timeoutSeconds: 30 } };
    h.data.destination = { ...defaults[destination.kind], ...destination } as HandoverDestination;
    if (destination.kind === 'messenger') f.edges = f.edges.filter((e) => e.id !== 'h-no_agents');
    Object.assign(f.settings, settings);
  });
}

const DEPT = '/nodes/3/data/destination/department_routing';

export const handoverCases: RuleCase[] = [
  {
    code: 'zendesk.department.empty',
    fires: () => chatWith({ kind: 'zendesk', department_routing: ' ' }),
    clean: () => chatWith({ kind: 'zendesk', department_routing: '360001234567' }),
    expect: { severity: 'error', nodeId: 'h', path: DEPT },
  },
  {
    code: 'zendesk.department.not_numeric',
    fires: () => chatWith({ kind: 'zendesk', department_routing: 'Sales' }),
    clean: () => chatWith({ kind: 'zendesk', department_routing: '360001234567' }),
    expect: { severity: 'warning', nodeId: 'h', path: DEPT },
  },
  {
    code: 'messenger.channel.mismatch',
    fires: () => chatWith({ kind: 'messenger' }, { channels: ['messenger', 'web_chat'] }),
    clean: () => chatWith({ kind: 'messenger' }, { channels: ['messenger'] }),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/3' },
  },
  {
    code: 'handover.no_agents.unconnected',
    fires: () => tweak(chatFlow(), (f) => void f.edges.splice(3, 1)),
    clean: chatFlow,
    expect: { severity: 'info', nodeId: 'h', path: '/nodes/3' },
  },
  {
    // After `transferred` the person owns the conversation; the bot may speak again once a Pause bot resumes.
    code: 'ownership.bot_message_after_transfer',
    fires: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('add_tag', 'tag'), node('message', 'more', { text: 'Anything else I can help with?' }));
      f.edges.push(edge('h', 'transferred', 'tag'), edge('tag', 'next', 'more'));
    }),
    clean: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('add_tag', 'tag'), node('message', 'more', { text: 'Anything else I can help with?' }), node('pause_bot', 'pb'));
      f.edges.push(edge('h', 'transferred', 'tag'), edge('tag', 'next', 'pb'), edge('pb', 'resumed', 'more'));
    }),
    expect: { severity: 'error', nodeId: 'more', path: '/nodes/7/data/text' },
  },
];
