import type { Flow } from '../../src/schema';
import { chatFlow, edge, node, STAFF, tweak } from './helpers';
import type { RuleCase } from './ruleCase';

const withNode = (change: (f: Flow) => void) => () => tweak(chatFlow(), change);
const setAssign = (id: string) => withNode((f) => {
  if (f.nodes[1].type === 'assign') f.nodes[1].data.assigneeId = id;
});

/** chatFlow with a repeated-failure trigger allowing `retries`, leading to the Assign step. */
const withRetries = (retries: number) =>
  withNode((f) => {
    f.nodes.push(node('trigger_repeated_failure', 'rf', { retries }));
    f.edges.push(edge('rf', 'next', 'a'));
  });

/** chatFlow with `count` handovers: the extra ones chained from each queue timeout. */
function handovers(count: number): Flow {
  return tweak(chatFlow(), (f) => {
    let previous = 'h';
    for (let i = 2; i <= count; i++) {
      f.nodes.push(node('handover', `h${i}`));
      f.edges.push(edge(previous, 'timeout', `h${i}`));
      previous = `h${i}`;
    }
  });
}

export const scenarioCases: RuleCase[] = [
  {
    code: 'scenario.retries.too_many',
    fires: withRetries(3),
    clean: withRetries(2),
    expect: { severity: 'error', nodeId: 'rf', path: '/nodes/6/data/retries' },
  },
  {
    code: 'scenario.retries.none',
    fires: withRetries(0),
    clean: withRetries(1),
    expect: { severity: 'warning', nodeId: 'rf', path: '/nodes/6/data/retries' },
  },
  {
    code: 'scenario.phrases.empty',
    fires: withNode((f) => {
      if (f.nodes[0].type === 'trigger_human_requested') f.nodes[0].data.phrases = ['', '  '];
    }),
    clean: withNode((f) => {
      if (f.nodes[0].type === 'trigger_human_requested') f.nodes[0].data.phrases = ['', 'Connect me to a person'];
    }),
    expect: { severity: 'error', nodeId: 't', path: '/nodes/0/data/phrases' },
  },
  {
    code: 'scenario.disabled.steps_never_run',
    fires: withNode((f) => {
      f.nodes.push(node('trigger_knowledge_gap', 'kg', { enabled: false }), node('message', 'kgm', { text: 'Let me find someone.' }));
      f.edges.push(edge('kg', 'next', 'kgm'), edge('kgm', 'next', 'a'));
    }),
    clean: withNode((f) => {
      f.nodes.push(node('trigger_knowledge_gap', 'kg', { enabled: true }), node('message', 'kgm', { text: 'Let me find someone.' }));
      f.edges.push(edge('kg', 'next', 'kgm'), edge('kgm', 'next', 'a'));
    }),
    expect: { severity: 'info', nodeId: 'kg', path: '/nodes/6/data/enabled' },
  },
  {
    code: 'scenario.handover.limit',
    fires: () => handovers(7),
    clean: () => handovers(6),
    expect: { severity: 'error', nodeId: 'h7', path: '/nodes/11' },
  },
  {
    code: 'assign.unassigned_path',
    fires: withNode((f) => {
      f.edges[0] = edge('t', 'next', 'm');
      f.nodes.splice(1, 1);
      f.edges.splice(1, 1);
    }),
    clean: chatFlow,
    expect: { severity: 'info', nodeId: 'h', path: '/nodes/2' },
  },
  {
    code: 'assign.assignee.empty',
    fires: setAssign(''),
    clean: setAssign('dana'),
    expect: { severity: 'error', nodeId: 'a', path: '/nodes/1/data/assigneeId' },
  },
  {
    code: 'staff.unknown',
    fires: setAssign('ghost'),
    clean: setAssign('dana'),
    expect: { severity: 'error', nodeId: 'a', path: '/nodes/1/data/assigneeId' },
  },
  {
    code: 'staff.notifications.off',
    fires: withNode((f) => {
      f.settings.staff = [{ ...STAFF[0], notifications: { conversationAssigned: false, taskAssigned: false } }];
    }),
    clean: withNode((f) => {
      f.settings.staff = [{ ...STAFF[0], notifications: { conversationAssigned: true, taskAssigned: false } }];
    }),
    expect: { severity: 'info', nodeId: 'a', path: '/settings/staff/0/notifications' },
  },
  {
    code: 'content.phi',
    fires: withNode((f) => {
      if (f.nodes[2].type === 'message') f.nodes[2].data.text = 'Before I transfer you, what is your DOB?';
    }),
    clean: withNode((f) => {
      if (f.nodes[2].type === 'message') f.nodes[2].data.text = 'Before I transfer you, what time suits you?';
    }),
    expect: { severity: 'warning', nodeId: 'm', path: '/nodes/2/data/text' },
  },
];
