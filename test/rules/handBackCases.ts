import type { Flow } from '../../src/schema';
import { chatFlow, edge, node, tweak, voiceFlow } from './helpers';
import type { RuleCase } from './ruleCase';

/**
 * chatFlow whose Transferred port leads to a second live chat handover (another team) whose
 * No agents port says something: the first agent still holds the conversation there.
 */
function secondHandover(noAgentsTo: 'say' | 'pb'): Flow {
  return tweak(chatFlow(), (f) => {
    f.nodes.push(node('handover', 'h2'), node('message', 'say', { text: 'The other team is offline too.' }), node('pause_bot', 'pb'));
    f.edges.push(edge('h', 'transferred', 'h2'), edge('h2', 'no_agents', noAgentsTo), edge('pb', 'resumed', 'say'));
  });
}

/** chatFlow with an idle hand back on its handover, and the Resolved port wired or not. */
function idleHandBack(resolved: boolean): Flow {
  return tweak(chatFlow(), (f) => {
    const h = f.nodes[3];
    if (h.type === 'handover') h.data.handBackAfterIdleMinutes = 30;
    f.nodes.push(node('message', 'csat', { text: 'How did we do, from 1 to 5?' }));
    if (resolved) f.edges.push(edge('h', 'resolved', 'csat'));
    else f.edges.push(edge('h', 'timeout', 'csat'));
  });
}

export const handBackCases: RuleCase[] = [
  {
    // The runtime agrees: h2's No agents leaves at once and h still holds the conversation (test/rules/handBack.test.ts).
    code: 'ownership.bot_message_while_held',
    fires: () => secondHandover('say'),
    clean: () => secondHandover('pb'),
    expect: { severity: 'error', nodeId: 'say', path: '/nodes/7/data/text' },
  },
  {
    code: 'ownership.hand_back.resolved_unconnected',
    fires: () => idleHandBack(false),
    clean: () => idleHandBack(true),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/3/data/handBackAfterIdleMinutes' },
  },
  {
    code: 'ownership.hand_back.voice',
    fires: () => tweak(voiceFlow(), (f) => {
      const h = f.nodes.find((n) => n.id === 'h');
      if (h?.type === 'handover') h.data.handBackAfterIdleMinutes = 15;
    }),
    clean: () => voiceFlow(),
    expect: { severity: 'warning', nodeId: 'h', path: '/nodes/4/data/handBackAfterIdleMinutes' },
  },
];
