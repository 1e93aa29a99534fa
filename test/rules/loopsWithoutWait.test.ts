import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../src/rules/analyzeFlow';
import { validateFlow } from '../../src/rules/validateFlow';
import { whyLeavesAtOnce } from '../../src/rules/whyLeavesAtOnce';
import { createRuntime } from '../../src/runtime';
import { CHANNELS, HANDOVER_PORTS, TRANSFER_OUTCOMES, type Channel, type DestinationKind, type FlowInput, type FlowNode } from '../../src/schema';
import { edge, flowOf, node } from './helpers';

const DESTINATIONS: Record<DestinationKind, Record<string, unknown>> = {
  live_chat: { kind: 'live_chat' },
  zendesk: { kind: 'zendesk', department_routing: '123' },
  messenger: { kind: 'messenger' },
  voice: { kind: 'voice', to: '+14155550100' },
};

/** Trigger → "ask" message → the wait step, whose `port` goes back to "ask". */
function loopThrough(wait: FlowNode, port: string, channels: Channel[] = ['web_chat']) {
  return flowOf(
    [node('trigger_conversation_start', 't'), node('message', 'ask', { text: 'One moment.' }), wait],
    [edge('t', 'next', 'ask'), edge('ask', 'next', wait.id), edge(wait.id, port, 'ask')],
    { channels },
  );
}
const loopErrors = (flow: ReturnType<typeof flowOf>) => validateFlow(flow).filter((d) => d.code === 'structure.cycle_without_wait');

describe('loops through a step that waits, by a port that does not', () => {
  it('flags a live chat whose No agents port loops back, and says why', () => {
    const [finding] = loopErrors(loopThrough(node('handover', 'queue'), 'no_agents'));
    expect(finding).toMatchObject({ severity: 'error', nodeId: 'ask', path: '/nodes/1' });
    // How nodes are named is nameNode's business; what the loop skips and why is this rule's.
    expect(finding.message).toMatch(
      /^.+, .+ form a loop that waits for nothing \(Handover .+ leaves by No agents at once when no agent is available or it is outside business hours\), so the bot would go round it forever; break the loop or route it through a wait\.$/,
    );
  });

  it('flags Zendesk No agents, Messenger Transferred and a 0-minute Pause bot', () => {
    expect(loopErrors(loopThrough(node('handover', 'z', { destination: DESTINATIONS.zendesk }), 'no_agents'))).toHaveLength(1);
    expect(loopErrors(loopThrough(node('handover', 'm', { destination: DESTINATIONS.messenger }), 'transferred', ['messenger']))[0].message).toContain(
      'leaves by Transferred at once as the Page Inbox takes the thread',
    );
    expect(loopErrors(loopThrough(node('pause_bot', 'p', { days: 0, hours: 0, minutes: 0 }), 'resumed'))[0].message).toContain('at once as it pauses for 0 minutes');
  });

  it('flags a voice Rejected loop where a browser call can arrive, not on phone calls only', () => {
    const voice = () => node('handover', 'v', { destination: DESTINATIONS.voice });
    expect(loopErrors(loopThrough(voice(), 'rejected', ['web_voice', 'phone_voice']))[0].message).toContain('on a browser voice call, which cannot be transferred');
    expect(loopErrors(loopThrough(voice(), 'rejected', ['phone_voice']))).toEqual([]);
  });

  it('does not flag loops by ports that wait for an agent, a dial outcome or the clock', () => {
    expect(loopErrors(loopThrough(node('handover', 'q'), 'timeout'))).toEqual([]);
    expect(loopErrors(loopThrough(node('handover', 'q'), 'transferred'))).toEqual([]);
    expect(loopErrors(loopThrough(node('handover', 'm', { destination: DESTINATIONS.messenger }), 'resolved', ['messenger']))).toEqual([]);
    for (const port of ['busy', 'no_answer', 'transferred']) {
      expect(loopErrors(loopThrough(node('handover', 'v', { destination: DESTINATIONS.voice }), port, ['web_voice', 'phone_voice']))).toEqual([]);
    }
    expect(loopErrors(loopThrough(node('pause_bot', 'p', { days: 0, hours: 0, minutes: 1 }), 'resumed'))).toEqual([]);
  });

  it('finds the loop when the handover is the only node in it (a port wired to itself is refused elsewhere)', () => {
    const flow = loopThrough(node('handover', 'queue'), 'no_agents');
    expect(analyzeFlow(flow).loops).toEqual([['ask', 'queue']]);
  });
});

/**
 * The validator's list against the engine: every port of a wait step the runtime takes in the
 * very turn the step is entered, over every scene, is one whyLeavesAtOnce names, and back.
 */
describe('whyLeavesAtOnce agrees with the runtime', () => {
  const scenes = CHANNELS.flatMap((channel) =>
    [true, false].flatMap((agentsAvailable) => [true, false].flatMap((withinHours) => TRANSFER_OUTCOMES.map((transferOutcome) => ({ channel, agentsAvailable, withinHours, transferOutcome })))),
  );

  /** Ports the wait step left by during the start turn, in any of the scenes on `channels`. */
  function portsTakenAtOnce(wait: FlowNode, ports: readonly string[], channels: readonly Channel[], settings: FlowInput['settings']) {
    const flow = flowOf(
      [node('trigger_conversation_start', 't'), wait, ...ports.map((port) => node('end', `after_${port}`))],
      [edge('t', 'next', wait.id), ...ports.map((port) => edge(wait.id, port, `after_${port}`))],
      settings,
    );
    const taken = new Set<string>();
    for (const scene of scenes.filter((s) => channels.includes(s.channel))) {
      const created = createRuntime(flow);
      if (!created.ok) throw new Error(created.diagnostics.map((d) => d.message).join('\n'));
      created.runtime.start(scene);
      for (const visit of created.runtime.state.visited) if (visit.nodeId === wait.id && visit.port) taken.add(visit.port);
    }
    return [...taken].sort();
  }

  for (const kind of Object.keys(DESTINATIONS) as DestinationKind[]) {
    it(`handover to ${kind}`, () => {
      const wait = node('handover', 'h', { destination: DESTINATIONS[kind] });
      const ports = HANDOVER_PORTS[kind];
      // Deployed for phone calls (on a browser call it is an error of its own), yet the runtime runs any scene.
      const settings: FlowInput['settings'] = kind === 'voice' ? { channels: ['phone_voice'] } : {};
      const named = (browserVoice: boolean) => ports.filter((port) => whyLeavesAtOnce(wait, port, browserVoice) !== null).sort();
      expect(portsTakenAtOnce(wait, ports, CHANNELS, settings)).toEqual(named(true));
      expect(portsTakenAtOnce(wait, ports, CHANNELS.filter((c) => c !== 'web_voice'), settings)).toEqual(named(false));
      expect(named(true).length).toBeGreaterThan(0);
    });
  }

  it('pause bot: only a 0-minute pause resumes in the same turn', () => {
    const zero = node('pause_bot', 'p', { days: 0, hours: 0, minutes: 0 });
    const minute = node('pause_bot', 'p', { days: 0, hours: 0, minutes: 1 });
    expect(portsTakenAtOnce(zero, ['resumed'], CHANNELS, {})).toEqual(['resumed']);
    expect(whyLeavesAtOnce(zero, 'resumed', false)).not.toBeNull();
    expect(portsTakenAtOnce(minute, ['resumed'], CHANNELS, {})).toEqual([]);
    expect(whyLeavesAtOnce(minute, 'resumed', true)).toBeNull();
  });
});
