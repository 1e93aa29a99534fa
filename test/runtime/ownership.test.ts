import { describe, expect, it } from 'vitest';
import type { InputEvent } from '../../src/schema';
import { createRuntime, type Effect, type Runtime } from '../../src/runtime';
import { makeFlow, mustRun, summarize } from './flowFixture';

const MINUTE = 60_000;

/** Knowledge gap → handover with every port wired to a tag named after the port. */
function handoverFlow(destination: Record<string, unknown>, ports: string[], extra: Record<string, unknown> = {}) {
  return makeFlow({
    channels: ['web_chat', 'phone_voice', 'messenger'],
    staff: [{ id: 'dana' }],
    nodes: [['gap', 'trigger_knowledge_gap'], ['h', 'handover', { destination, ...extra }], ...ports.map((p) => [`on_${p}`, 'add_tag', { tag: p }] as [string, 'add_tag', { tag: string }])],
    edges: [['gap', 'next', 'h'], ...ports.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
  });
}

const CHAT = ['transferred', 'no_agents', 'timeout', 'resolved'];
const VOICE = ['transferred', 'busy', 'no_answer', 'rejected'];

function play(rt: Runtime, scene: Record<string, unknown>, events: InputEvent[]): Runtime {
  rt.start(scene);
  rt.dispatch({ type: 'ai_no_answer' });
  events.forEach((e) => rt.dispatch(e));
  return rt;
}

const moves = (log: readonly Effect[]) => log.flatMap((e) => (e.type === 'ownership_changed' ? [`${e.from}→${e.to} ${e.reason}`] : []));

/** Every ownership_changed starts where the previous one ended, and the last one ends at the state's owner. */
function expectChained(rt: Runtime) {
  let owner = 'bot';
  for (const e of rt.log) {
    if (e.type !== 'ownership_changed') continue;
    expect(e.from).toBe(owner);
    expect(e.to).not.toBe(e.from);
    owner = e.to;
  }
  expect(rt.state.ownership).toBe(owner);
}

describe('ownership: every move is an effect', () => {
  it('live chat: bot → pending when queued, → person when an agent accepts, → bot when resolved', () => {
    const rt = mustRun(handoverFlow({ kind: 'live_chat' }, CHAT));
    play(rt, {}, []);
    expect(rt.state.ownership).toBe('pending');
    rt.dispatch({ type: 'agent_accept', staffId: 'dana' });
    expect(rt.state.ownership).toBe('person');
    const resolved = rt.dispatch({ type: 'agent_resolve' });
    expect(summarize(resolved)).toEqual(['ownership_changed reason=resolved', 'conversation_resolved', 'handover_outcome port=resolved', 'tag_added tag=resolved']);
    expect(resolved[0]).toMatchObject({ from: 'person', to: 'bot', nodeId: 'h' });
    expect(moves(rt.log)).toEqual(['bot→pending handover_requested', 'pending→person accepted', 'person→bot resolved']);
    expect(rt.state).toMatchObject({ ownership: 'bot', owner: 'bot' });
    expectChained(rt);
  });

  it('the queue timeout gives the conversation back before the bot walks on', () => {
    const rt = play(mustRun(handoverFlow({ kind: 'live_chat' }, CHAT)), {}, [{ type: 'advance', ms: 10 * MINUTE }]);
    expect(summarize(rt.log.slice(-3))).toEqual(['handover_outcome port=timeout', 'ownership_changed reason=timeout', 'tag_added tag=timeout']);
    expectChained(rt);
  });

  it('no agents: the handover never leaves the bot, so nothing moves', () => {
    const rt = play(mustRun(handoverFlow({ kind: 'live_chat' }, CHAT)), { agentsAvailable: false }, []);
    expect(moves(rt.log)).toEqual([]);
    expect(rt.state.ownership).toBe('bot');
  });

  it('Messenger: the Page Inbox owns the thread (standby) until the agent releases it → Resolved', () => {
    const rt = play(mustRun(handoverFlow({ kind: 'messenger' }, ['transferred', 'resolved'])), { channel: 'messenger' }, []);
    expect(rt.state.ownership).toBe('standby');
    expect(rt.dispatch({ type: 'user_message', text: 'hello?' })).toMatchObject([{ type: 'ignored' }]);
    const released = rt.dispatch({ type: 'agent_release' });
    expect(summarize(released)).toEqual(['ownership_changed reason=released', 'conversation_released', 'handover_outcome port=resolved', 'tag_added tag=resolved']);
    expect(released[1]).toMatchObject({ by: 'agent' });
    expect(moves(rt.log)).toEqual(['bot→standby thread_passed', 'standby→bot released']);
    expectChained(rt);
  });

  it('voice: pending while ringing, person when answered; a failed dial gives the call back', () => {
    const flow = handoverFlow({ kind: 'voice', to: '+12025551234' }, VOICE);
    const answered = play(mustRun(flow), { channel: 'phone_voice' }, [{ type: 'transfer_outcome', outcome: 'answered' }]);
    expect(moves(answered.log)).toEqual(['bot→pending handover_requested', 'pending→person answered']);
    const busy = play(mustRun(flow), { channel: 'phone_voice' }, [{ type: 'transfer_outcome', outcome: 'busy' }]);
    expect(moves(busy.log)).toEqual(['bot→pending handover_requested', 'pending→bot busy']);
    expectChained(busy);
  });

  it('voice: a transferred call cannot be released, and resolving it ends the call with the person', () => {
    const rt = play(mustRun(handoverFlow({ kind: 'voice', to: '+12025551234' }, VOICE)), { channel: 'phone_voice' }, [{ type: 'transfer_outcome', outcome: 'answered' }]);
    expect(rt.dispatch({ type: 'agent_release' })).toMatchObject([{ type: 'ignored', event: 'agent_release' }]);
    expect(moves(rt.dispatch({ type: 'agent_resolve' }))).toEqual([]);
    expect(rt.state).toMatchObject({ bot: 'ended', ownership: 'person', handBackAt: null });
  });

  it('release with nobody holding the conversation is ignored with a reason', () => {
    const rt = mustRun(handoverFlow({ kind: 'live_chat' }, CHAT));
    rt.start({});
    expect(rt.dispatch({ type: 'agent_release' })).toMatchObject([{ type: 'ignored', reason: 'No person owns the conversation.' }]);
  });

  it('a Pause bot that resumes takes the conversation back: person → bot, bot_resumed', () => {
    const flow = makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], ['h', 'handover', { destination: { kind: 'live_chat' } }], ['pb', 'pause_bot', { days: 0, hours: 1, minutes: 0 }]],
      edges: [['gap', 'next', 'h'], ['h', 'transferred', 'pb']],
    });
    const rt = play(mustRun(flow), {}, [{ type: 'agent_accept' }, { type: 'advance', ms: 60 * MINUTE }]);
    expect(moves(rt.log)).toEqual(['bot→pending handover_requested', 'pending→person accepted', 'person→bot bot_resumed']);
  });
});

describe('idle hand back', () => {
  const flow = handoverFlow({ kind: 'live_chat' }, CHAT, { handBackAfterIdleMinutes: 30 });

  it('goes back to the bot and on from Resolved after the set minutes of silence, counted from the last message', () => {
    const rt = play(mustRun(flow), {}, [{ type: 'agent_accept', staffId: 'dana' }]);
    expect(rt.state.handBackAt).toBe(30 * MINUTE);
    expect(rt.nextTimerAt()).toBe(30 * MINUTE);
    rt.dispatch({ type: 'advance', ms: 20 * MINUTE });
    rt.dispatch({ type: 'agent_reply', text: 'Still looking into it' });
    expect(rt.state.handBackAt).toBe(50 * MINUTE);
    rt.dispatch({ type: 'advance', ms: 20 * MINUTE });
    rt.dispatch({ type: 'user_message', text: 'thanks' });
    expect(rt.state.handBackAt).toBe(70 * MINUTE);
    expect(rt.dispatch({ type: 'advance', ms: 29 * MINUTE }).filter((e) => e.type === 'ownership_changed')).toEqual([]);
    const idle = rt.dispatch({ type: 'advance', ms: 5 * MINUTE });
    expect(summarize(idle)).toEqual(['ownership_changed reason=idle', 'conversation_released', 'handover_outcome port=resolved', 'tag_added tag=resolved']);
    expect(idle[0]).toMatchObject({ at: 70 * MINUTE, from: 'person', to: 'bot' });
    expect(idle[1]).toMatchObject({ by: 'idle' });
    expect(rt.state).toMatchObject({ ownership: 'bot', handBackAt: null, now: 74 * MINUTE });
    expectChained(rt);
  });

  it('does not run while the conversation only waits in the queue, nor without the setting', () => {
    const queued = play(mustRun(flow), {}, [{ type: 'advance', ms: 5 * MINUTE }]);
    expect(queued.state.handBackAt).toBeNull();
    const none = play(mustRun(handoverFlow({ kind: 'live_chat' }, CHAT)), {}, [{ type: 'agent_accept' }]);
    expect(none.state.handBackAt).toBeNull();
    expect(none.nextTimerAt()).toBeNull();
  });

  it('ends a Pause bot early and resumes the bot on the way back', () => {
    const paused = makeFlow({
      nodes: [
        ['gap', 'trigger_knowledge_gap'],
        ['h', 'handover', { destination: { kind: 'live_chat' }, handBackAfterIdleMinutes: 15 }],
        ['pb', 'pause_bot', { days: 0, hours: 2, minutes: 0 }],
        ['ask', 'message', { text: 'How did we do?' }],
      ],
      edges: [['gap', 'next', 'h'], ['h', 'transferred', 'pb'], ['h', 'resolved', 'ask']],
    });
    const rt = play(mustRun(paused), {}, [{ type: 'agent_accept' }, { type: 'advance', ms: 15 * MINUTE }]);
    expect(summarize(rt.log.slice(-5))).toEqual(['ownership_changed reason=idle', 'conversation_released', 'bot_resumed', 'handover_outcome port=resolved', 'bot_says text=How did we do?']);
    expect(rt.state).toMatchObject({ bot: 'active', pausedUntil: null });
  });

  it('survives a stored state from before ownership was explicit: the derived owner, no spurious move', () => {
    const first = play(mustRun(flow), {}, [{ type: 'agent_accept' }]);
    const { ownership: _o, handBackAt: _h, ...old } = first.state;
    const created = createRuntime(flow, { resume: { state: old as typeof first.state, nextSeq: first.log.length + 1 } });
    if (!created.ok) throw new Error('invalid');
    expect(moves(created.runtime.dispatch({ type: 'agent_reply', text: 'hi' }))).toEqual([]);
    expect(created.runtime.state.ownership).toBe('person');
    expect(moves(created.runtime.dispatch({ type: 'agent_release' }))).toEqual(['person→bot released']);
  });
});
