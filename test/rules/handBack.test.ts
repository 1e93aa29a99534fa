import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/runtime';
import { validateFlow } from '../../src/rules/validateFlow';
import { chatFlow, edge, node, tweak, withCode } from './helpers';

/** Transferred → a second handover → its No agents port → a message; optionally a message straight after Transferred too. */
function nested(alsoDirect: boolean) {
  return tweak(chatFlow(), (f) => {
    f.nodes.push(node('handover', 'h2'), node('message', 'say', { text: 'The other team is offline too.' }));
    f.edges.push(edge('h', 'transferred', alsoDirect ? 'say' : 'h2'), edge('h2', 'no_agents', 'say'));
    if (alsoDirect) f.edges.push(edge('say', 'next', 'h2'));
  });
}

describe('handBack rule', () => {
  it("fires where the runtime agrees: after the second handover's No agents port the first agent still owns the conversation", () => {
    const flow = nested(false);
    expect(withCode(flow, 'ownership.bot_message_while_held').map((d) => d.nodeId)).toEqual(['say']);
    expect(validateFlow(flow).filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['ownership.bot_message_while_held']);
    // The same place with a tag instead of the message runs: the walk gets there with a person owning it.
    const runnable = tweak(flow, (f) => {
      f.nodes = f.nodes.map((n) => (n.id === 'say' ? node('add_tag', 'say', { tag: 'second_team_offline' }) : n));
    });
    const created = createRuntime(runnable);
    if (!created.ok) throw new Error(created.diagnostics.map((d) => d.message).join('\n'));
    const rt = created.runtime;
    rt.start({ channel: 'web_chat' });
    rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' });
    rt.dispatch({ type: 'agents_available', available: false });
    rt.dispatch({ type: 'agent_accept', staffId: 'dana' });
    expect(rt.log.some((e) => e.type === 'tag_added' && e.tag === 'second_team_offline')).toBe(true);
    expect(rt.state.ownership).toBe('person');
  });

  it('leaves to botTalksOver a message it already reports, so one place gets one finding', () => {
    const flow = nested(true);
    expect(withCode(flow, 'ownership.bot_message_after_transfer').map((d) => d.nodeId)).toEqual(['say']);
    expect(withCode(flow, 'ownership.bot_message_while_held')).toEqual([]);
  });

  it('does not flag the messages after a hand back (the Resolved port) or an idle hand back that is wired', () => {
    const flow = tweak(chatFlow(), (f) => {
      const h = f.nodes[3];
      if (h.type === 'handover') h.data.handBackAfterIdleMinutes = 20;
      f.nodes.push(node('message', 'csat', { text: 'How did we do?' }));
      f.edges.push(edge('h', 'resolved', 'csat'));
    });
    expect(validateFlow(flow).filter((d) => d.code.startsWith('ownership.'))).toEqual([]);
  });
});
