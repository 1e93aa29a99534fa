import { describe, expect, it } from 'vitest';
import type { InputEvent } from '../../src/schema';
import { PAGE_INBOX_APP_ID } from '../../src/runtime';
import { makeFlow, mustRun, summarize, types } from './flowFixture';

const MINUTE = 60_000;

/** Knowledge gap → handover with every port wired to a tag named after the port. */
function handoverFlow(destination: Record<string, unknown>, ports: string[], channels?: ('web_chat' | 'phone_voice' | 'messenger' | 'zendesk' | 'web_voice')[]) {
  return makeFlow({
    channels,
    staff: [{ id: 'dana' }, { id: 'sam', conversationAssigned: false }],
    nodes: [['gap', 'trigger_knowledge_gap'], ['h', 'handover', { destination }], ...ports.map((p) => [`on_${p}`, 'add_tag', { tag: p }] as [string, 'add_tag', { tag: string }])],
    edges: [['gap', 'next', 'h'], ...ports.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
  });
}

function play(flow: ReturnType<typeof makeFlow>, scene: Record<string, unknown>, events: InputEvent[]) {
  const rt = mustRun(flow);
  rt.start(scene);
  rt.dispatch({ type: 'ai_no_answer' });
  events.forEach((e) => rt.dispatch(e));
  return rt;
}

const CHAT_PORTS = ['transferred', 'no_agents', 'timeout', 'resolved'];

describe('live chat handover', () => {
  it('leaves an unassigned conversation in Live chat → Unassigned and waits for an agent', () => {
    const rt = play(handoverFlow({ kind: 'live_chat' }, CHAT_PORTS), {}, []);
    expect(summarize(rt.log.slice(2))).toEqual(['handover', 'left_unassigned queue=Unassigned', 'ownership_changed reason=handover_requested']);
    expect(rt.log[2]).toMatchObject({ request: { provider: 'live_chat', body: { queue: 'unassigned', assigneeId: null } } });
    expect(rt.state).toMatchObject({ bot: 'waiting_transfer', owner: 'human', inbox: { queue: 'unassigned' }, waitingNodeId: 'h' });
  });

  it('assigns the chosen agent (notifying only if their setting allows)', () => {
    const dana = play(handoverFlow({ kind: 'live_chat', assigneeId: 'dana' }, CHAT_PORTS), {}, []);
    expect(summarize(dana.log.slice(2))).toEqual(['handover', 'assigned staffId=dana', 'staff_notified staffId=dana reason=conversation_assigned', 'ownership_changed reason=handover_requested']);
    const sam = play(handoverFlow({ kind: 'live_chat', assigneeId: 'sam' }, CHAT_PORTS), {}, []);
    expect(types(sam.log.slice(2))).toEqual(['handover', 'assigned', 'notification_skipped', 'ownership_changed']);
    expect(sam.state.inbox.queue).toBe('assigned');
  });

  it('agent_accept → agent_joined and the transferred port; the agent talks; agent_resolve → resolved port', () => {
    const rt = play(handoverFlow({ kind: 'live_chat' }, CHAT_PORTS), {}, [{ type: 'agent_accept', staffId: 'dana' }]);
    expect(summarize(rt.log.slice(5))).toEqual(['ownership_changed reason=accepted', 'agent_joined staffId=dana', 'handover_outcome port=transferred', 'tag_added tag=transferred']);
    expect(rt.state).toMatchObject({ bot: 'with_human', agentId: 'dana' });
    expect(rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' })).toMatchObject([{ type: 'ignored' }]);
    expect(rt.dispatch({ type: 'agent_reply', text: 'Hi, Dana here' })).toMatchObject([{ type: 'agent_says', text: 'Hi, Dana here' }]);
    expect(summarize(rt.dispatch({ type: 'agent_resolve' }))).toEqual(['ownership_changed reason=resolved', 'conversation_resolved', 'handover_outcome port=resolved', 'tag_added tag=resolved']);
    expect(rt.state).toMatchObject({ bot: 'active', owner: 'bot', handover: null });
  });

  it.each([
    ['no agents available', { agentsAvailable: false }],
    ['outside business hours', { withinHours: false }],
  ])('%s → the no_agents port when wired', (_, scene) => {
    const rt = play(handoverFlow({ kind: 'live_chat' }, CHAT_PORTS), scene, []);
    expect(summarize(rt.log.slice(2))).toEqual(['handover_outcome port=no_agents', 'tag_added tag=no_agents']);
    expect(rt.state.handover).toBeNull();
  });

  it('no agents and no_agents unwired → the conversation waits in the queue', () => {
    const rt = play(handoverFlow({ kind: 'live_chat' }, ['transferred']), { agentsAvailable: false }, []);
    expect(types(rt.log.slice(2))).toEqual(['handover', 'left_unassigned', 'ownership_changed']);
    expect(rt.state.bot).toBe('waiting_transfer');
  });

  it('times out by itself after queueTimeoutMinutes, or on queue_timeout, → the timeout port', () => {
    const timer = play(handoverFlow({ kind: 'live_chat', queueTimeoutMinutes: 5 }, CHAT_PORTS), {}, []);
    expect(timer.nextTimerAt()).toBe(5 * MINUTE);
    const effects = timer.dispatch({ type: 'advance', ms: 10 * MINUTE });
    expect(summarize(effects)).toEqual(['handover_outcome port=timeout', 'ownership_changed reason=timeout', 'tag_added tag=timeout']);
    expect(effects[0].at).toBe(5 * MINUTE);
    const event = play(handoverFlow({ kind: 'live_chat' }, CHAT_PORTS), {}, [{ type: 'queue_timeout' }]);
    expect(summarize(event.log.slice(-3))).toEqual(['handover_outcome port=timeout', 'ownership_changed reason=timeout', 'tag_added tag=timeout']);
    expect(event.state.bot).toBe('active');
  });

  it('timeout unwired → it keeps waiting for someone to claim it', () => {
    const rt = play(handoverFlow({ kind: 'live_chat' }, ['transferred']), {}, [{ type: 'queue_timeout' }]);
    expect(rt.log.at(-1)).toMatchObject({ type: 'handover_outcome', port: 'timeout', connected: false });
    expect(rt.state.bot).toBe('waiting_transfer');
  });

  it('an assigned agent declining puts the conversation back in Unassigned', () => {
    const rt = play(handoverFlow({ kind: 'live_chat', assigneeId: 'dana' }, CHAT_PORTS), {}, [{ type: 'agent_decline' }]);
    expect(rt.log.at(-1)).toMatchObject({ type: 'left_unassigned', queue: 'Unassigned' });
    expect(rt.state.inbox.queue).toBe('unassigned');
  });
});

describe('Zendesk handover', () => {
  const zendesk = { kind: 'zendesk', department_routing: '360001234' };
  it('transfers to the department by id and takes the same agent events', () => {
    const rt = play(handoverFlow(zendesk, CHAT_PORTS), { channel: 'zendesk' }, [{ type: 'agent_accept' }, { type: 'agent_resolve' }]);
    expect(rt.log[2]).toMatchObject({
      type: 'handover',
      destination: 'zendesk',
      request: { operation: 'transferToDepartment', variables: { department_id: '360001234' } },
    });
    expect(summarize(rt.log.slice(3)).filter((l) => l.startsWith('handover_outcome'))).toEqual([
      'handover_outcome port=transferred',
      'handover_outcome port=resolved',
    ]);
  });
  it('no agents → no_agents port, or the conversation waits', () => {
    expect(types(play(handoverFlow(zendesk, CHAT_PORTS), { agentsAvailable: false }, []).log.slice(2))).toEqual(['handover_outcome', 'tag_added']);
    const waits = play(handoverFlow(zendesk, ['transferred']), { agentsAvailable: false }, []);
    expect(types(waits.log.slice(2))).toEqual(['handover', 'ownership_changed']);
    expect(waits.state.bot).toBe('waiting_transfer');
  });
});

describe('Messenger handover', () => {
  const flow = makeFlow({
    channels: ['messenger'],
    nodes: [
      ['gap', 'trigger_knowledge_gap'],
      ['h', 'handover', { destination: { kind: 'messenger', metadata: 'from {{source}}' } }],
      ['tag', 'add_tag'],
      ['back', 'message', { text: 'Welcome back' }],
    ],
    edges: [
      ['gap', 'next', 'h'],
      ['h', 'transferred', 'tag'],
      ['h', 'resolved', 'back'],
    ],
  });

  it('passes thread control to the Page Inbox and is transferred at once', () => {
    const rt = play(flow, { channel: 'messenger', variables: { psid: '24680', source: 'bot' } }, []);
    expect(rt.log[2]).toMatchObject({
      type: 'handover',
      request: { method: 'POST', path: '/me/pass_thread_control', body: { recipient: { id: '24680' }, target_app_id: PAGE_INBOX_APP_ID, metadata: 'from bot' } },
    });
    expect(summarize(rt.log.slice(3))).toEqual(['ownership_changed reason=thread_passed', 'handover_outcome port=transferred', 'tag_added tag=human_handover']);
    expect(rt.state).toMatchObject({ bot: 'with_human', owner: 'human' });
    const ignored = rt.dispatch({ type: 'ai_no_answer' });
    expect(ignored[0].type === 'ignored' && ignored[0].reason).toMatch(/Page Inbox owns/);
  });

  it('thread control returned (agent_resolve) → the bot speaks again on `resolved`', () => {
    const rt = play(flow, { channel: 'messenger' }, [{ type: 'agent_resolve' }]);
    expect(summarize(rt.log.slice(-3))).toEqual(['conversation_resolved', 'handover_outcome port=resolved', 'bot_says text=Welcome back']);
  });
});

describe('voice handover', () => {
  const VOICE_PORTS = ['transferred', 'busy', 'no_answer', 'rejected'];
  const number = { kind: 'voice', to: '+12025551234', attributes: [{ name: 'X-Customer-Id', value: '1' }] };
  const sip = { kind: 'voice', to: 'sip:agent@example.com', attributes: [{ name: 'X-Customer-Id', value: '{{customer}}' }, { name: 'X-Twilio-Secret', value: 'no' }] };

  it('sends the TwiML and waits for the dial outcome; answered → transferred', () => {
    const rt = play(handoverFlow(sip, VOICE_PORTS, ['phone_voice']), { channel: 'phone_voice', variables: { customer: '12345' } }, []);
    expect(types(rt.log.slice(2))).toEqual(['headers_dropped', 'handover', 'ownership_changed']);
    expect(rt.log[2]).toMatchObject({ headers: [{ name: 'X-Twilio-Secret', twilioCode: 32113 }] });
    expect(rt.log[3]).toMatchObject({
      request: { provider: 'twilio', body: { Twiml: '<Response><Dial timeout="30"><Sip>sip:agent@example.com?X-Customer-Id=12345</Sip></Dial></Response>' } },
    });
    expect(rt.state.bot).toBe('waiting_transfer');
    expect(summarize(rt.dispatch({ type: 'transfer_outcome', outcome: 'answered' }))).toEqual(['ownership_changed reason=answered', 'handover_outcome port=transferred', 'tag_added tag=transferred']);
    expect(rt.state.bot).toBe('with_human');
  });

  it('drops attributes for a phone number, saying so', () => {
    const rt = play(handoverFlow(number, VOICE_PORTS, ['phone_voice']), { channel: 'phone_voice' }, []);
    expect(rt.log[2]).toMatchObject({ type: 'headers_dropped', headers: [{ name: 'X-Customer-Id' }] });
    expect(rt.log[3]).toMatchObject({ request: { body: { Twiml: '<Response><Dial timeout="30"><Number>+12025551234</Number></Dial></Response>' } } });
  });

  it.each(['busy', 'no_answer', 'rejected'] as const)('%s → its port when wired', (outcome) => {
    const rt = play(handoverFlow(number, VOICE_PORTS, ['phone_voice']), { channel: 'phone_voice' }, [{ type: 'transfer_outcome', outcome }]);
    expect(summarize(rt.log.slice(-2))).toEqual([`handover_outcome port=${outcome}`, `tag_added tag=${outcome}`]);
    expect(rt.state.bot).toBe('active');
  });

  it.each(['busy', 'no_answer', 'rejected'] as const)('%s unwired → the call drops, no retry', (outcome) => {
    const rt = play(handoverFlow(number, ['transferred'], ['phone_voice']), { channel: 'phone_voice' }, [{ type: 'transfer_outcome', outcome }]);
    expect(types(rt.log.slice(-3))).toEqual(['handover_outcome', 'call_dropped', 'conversation_ended']);
    expect(rt.log.filter((e) => e.type === 'handover')).toHaveLength(1);
    expect(rt.state.bot).toBe('ended');
    expect(rt.dispatch({ type: 'transfer_outcome', outcome: 'answered' })).toMatchObject([{ type: 'ignored' }]);
  });

  it('no outcome within the <Dial> timeout is a no-answer', () => {
    const rt = play(handoverFlow({ ...number, timeoutSeconds: 20 }, VOICE_PORTS, ['phone_voice']), { channel: 'phone_voice' }, []);
    expect(rt.nextTimerAt()).toBe(20_000);
    const effects = rt.dispatch({ type: 'advance', ms: 60_000 });
    expect(effects[1]).toMatchObject({ type: 'handover_outcome', outcome: 'no_answer', at: 20_000 });
  });

  it('a browser call is rejected by the provider → rejected port, or the call drops', () => {
    // Deployed on phone only, so the validator allows it; the scene still arrives as a browser call.
    const wired = play(handoverFlow(number, VOICE_PORTS, ['phone_voice']), { channel: 'web_voice' }, []);
    expect(summarize(wired.log.slice(4))).toEqual([
      expect.stringMatching(/^handover_rejected reason=.*no caller ID/),
      'handover_outcome port=rejected',
      'tag_added tag=rejected',
    ]);
    const unwired = play(handoverFlow(number, ['transferred'], ['phone_voice']), { channel: 'web_voice' }, []);
    expect(types(unwired.log.slice(4))).toEqual(['handover_rejected', 'handover_outcome', 'call_dropped', 'conversation_ended']);
  });

  it('stops with a runtime error, not an over-long transfer, when a {{variable}} pushes the headers past 1024', () => {
    // The validator sees "{{customer}}" (12 characters); the value only arrives with the call.
    const flow = handoverFlow(sip, VOICE_PORTS, ['phone_voice']);
    const rt = play(flow, { channel: 'phone_voice', variables: { customer: 'x'.repeat(1100) } }, []);
    expect(types(rt.log.slice(2))).toEqual(['runtime_error']);
    expect(rt.log[2]).toMatchObject({ nodeId: 'h', message: expect.stringMatching(/1113 characters URL-encoded; Twilio allows 1024/) });
  });

  it('agent_resolve on a transferred call ends the conversation', () => {
    const rt = play(handoverFlow(number, VOICE_PORTS, ['phone_voice']), { channel: 'phone_voice' }, [
      { type: 'transfer_outcome', outcome: 'answered' },
      { type: 'agent_resolve' },
    ]);
    expect(types(rt.log.slice(-2))).toEqual(['conversation_resolved', 'conversation_ended']);
  });
});
