import { chatFlow, edge, flowOf, node, tweak } from './helpers';
import type { RuleCase } from './ruleCase';

const addEdge = (e: ReturnType<typeof edge>) => () => tweak(chatFlow(), (f) => void f.edges.push(e));

export const structureCases: RuleCase[] = [
  {
    code: 'structure.duplicate_node_id',
    fires: () => tweak(chatFlow(), (f) => void f.nodes.push(node('end', 'e'))),
    clean: () => tweak(chatFlow(), (f) => void f.nodes.push(node('end', 'e2'))),
    expect: { severity: 'error', nodeId: 'e', path: '/nodes/6/id' },
  },
  {
    code: 'structure.duplicate_edge_id',
    fires: addEdge(edge('h', 'timeout', 'e', 't-next')),
    clean: addEdge(edge('h', 'timeout', 'e')),
    expect: { severity: 'error', edgeId: 't-next', path: '/edges/5/id' },
  },
  {
    code: 'structure.edge_missing_source',
    fires: addEdge(edge('ghost', 'next', 'e')),
    clean: chatFlow,
    expect: { severity: 'error', edgeId: 'ghost-next', path: '/edges/5/source' },
  },
  {
    code: 'structure.edge_missing_target',
    fires: addEdge(edge('h', 'timeout', 'ghost')),
    clean: addEdge(edge('h', 'timeout', 'e')),
    expect: { severity: 'error', edgeId: 'h-timeout', path: '/edges/5/target' },
  },
  {
    // A live-chat edge left behind when the handover becomes a voice transfer.
    code: 'structure.edge_unknown_port',
    fires: () => tweak(chatFlow(), (f) => {
      const h = f.nodes[3];
      if (h.type === 'handover') h.data.destination = { kind: 'voice', to: '+12025551234', attributes: [], timeoutSeconds: 30 };
    }),
    clean: chatFlow,
    expect: { severity: 'error', edgeId: 'h-no_agents', nodeId: 'h', path: '/edges/3/sourcePort' },
  },
  {
    code: 'structure.edge_into_trigger',
    fires: addEdge(edge('h', 'timeout', 't')),
    clean: addEdge(edge('h', 'timeout', 'e')),
    expect: { severity: 'error', nodeId: 't', path: '/edges/5/target' },
  },
  {
    code: 'structure.edge_into_note',
    fires: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('note', 'n', { text: 'why' }));
      f.edges.push(edge('h', 'timeout', 'n'));
    }),
    clean: () => tweak(chatFlow(), (f) => void f.nodes.push(node('note', 'n', { text: 'why' }))),
    expect: { severity: 'error', nodeId: 'n' },
  },
  {
    code: 'structure.port_used_twice',
    fires: addEdge(edge('m', 'next', 'e', 'm-next-again')),
    clean: chatFlow,
    expect: { severity: 'error', edgeId: 'm-next-again', nodeId: 'm', path: '/edges/5/sourcePort' },
  },
  {
    code: 'structure.unreachable',
    fires: () => tweak(chatFlow(), (f) => void f.nodes.push(node('message', 'orphan', { text: 'hi' }))),
    clean: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('message', 'orphan', { text: 'hi' }));
      f.edges.push(edge('h', 'timeout', 'orphan'));
    }),
    expect: { severity: 'warning', nodeId: 'orphan', path: '/nodes/6' },
  },
  {
    code: 'structure.no_enabled_trigger',
    fires: () => tweak(chatFlow(), (f) => {
      if (f.nodes[0].type === 'trigger_human_requested') f.nodes[0].data.enabled = false;
    }),
    clean: chatFlow,
    expect: { severity: 'error', nodeId: 't', path: '/nodes/0/data/enabled' },
  },
  {
    // Condition → message → back to the condition: nothing in the loop waits for the outside world.
    code: 'structure.cycle_without_wait',
    fires: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('condition', 'c'), node('message', 'again', { text: 'Still nobody.' }));
      f.edges.push(edge('h', 'timeout', 'c'), edge('c', 'false', 'again'), edge('again', 'next', 'c'));
    }),
    clean: () => tweak(chatFlow(), (f) => {
      f.nodes.push(node('condition', 'c'), node('message', 'again', { text: 'Still nobody.' }), node('pause_bot', 'wait'));
      f.edges.push(edge('h', 'timeout', 'c'), edge('c', 'false', 'again'), edge('again', 'next', 'wait'), edge('wait', 'resumed', 'c'));
    }),
    expect: { severity: 'error', nodeId: 'c', path: '/nodes/6' },
  },
];

/** An empty flow: used to check the no-trigger message. */
export const emptyFlow = () => flowOf([]);
