import { describe, expect, it } from 'vitest';
import { calendarSchema, type InputEvent } from '../../src/schema';
import { createRuntime, runScript, type Effect } from '../../src/runtime';
import { makeFlow, mustRun, summarize } from './flowFixture';

const ZENDESK_LINE = { kind: 'voice', to: '+12025550143', line: 'zendesk_talk' };
const DIRECT = { kind: 'voice', to: '+12025550143' };

/** Effects minus ownership bookkeeping, which another part of the engine reports. */
const plain = (log: readonly Effect[]) => log.filter((e) => e.type !== 'ownership_changed');

/** Human requested → voice handover; `wire` maps a port to a fallback chain of nodes. */
function voiceFlow(destination: Record<string, unknown>, extra: { nodes?: Parameters<typeof makeFlow>[0]['nodes']; edges?: [string, string, string][] } = {}) {
  return makeFlow({
    channels: ['phone_voice'],
    staff: [{ id: 'dana' }],
    nodes: [['ask', 'trigger_human_requested'], ['h', 'handover', { destination }], ['ok', 'add_tag', { tag: 'transferred' }], ...(extra.nodes ?? [])],
    edges: [['ask', 'next', 'h'], ['h', 'transferred', 'ok'], ...(extra.edges ?? [])],
  });
}

function play(flow: ReturnType<typeof makeFlow>, scene: Record<string, unknown>, events: InputEvent[] = []) {
  const result = runScript(flow, { channel: 'phone_voice', ...scene }, [{ type: 'user_message', text: 'I want to talk to a human' }, ...events]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result;
}

describe('a voice transfer meets agents and hours', () => {
  it('reaches the Zendesk line when agents are available within hours', () => {
    const { log } = play(voiceFlow(ZENDESK_LINE), {});
    expect(summarize(plain(log)).slice(2)).toEqual(['handover', 'handover_outcome port=transferred', 'tag_added tag=transferred']);
  });

  it('drops the call on a Zendesk line with no agents and no No agents port (the seed)', () => {
    const { log, state } = play(voiceFlow(ZENDESK_LINE), { agentsAvailable: false });
    const tail = summarize(plain(log), ['port', 'reason']).slice(2);
    expect(tail[0]).toBe('handover');
    expect(tail[1]).toBe('handover_outcome port=no_agents');
    expect(tail[2]).toMatch(/^call_dropped reason=No agent is available on the Zendesk Talk line/);
    expect(state.endedReason).toBe('call_dropped');
    expect(log.find((e) => e.type === 'handover_outcome')).toMatchObject({ outcome: 'no_agents', connected: false });
  });

  it('outside hours counts as no agents, and a wired No agents port keeps the call without a transfer', () => {
    const flow = voiceFlow(ZENDESK_LINE, { nodes: [['sorry', 'message', { text: 'Nobody is in.' }]], edges: [['h', 'no_agents', 'sorry']] });
    const { log } = play(flow, { withinHours: false });
    expect(summarize(plain(log)).slice(2)).toEqual(['handover_outcome port=no_agents', 'bot_says text=Nobody is in.']);
    expect(log.some((e) => e.type === 'handover')).toBe(false);
  });

  it("follows the line's calendar at the scene's date and time", () => {
    const flow = voiceFlow({ ...ZENDESK_LINE, hoursCalendarId: 'support' }, { nodes: [['sorry', 'message', { text: 'Closed.' }]], edges: [['h', 'no_agents', 'sorry']] });
    flow.settings.calendars = [calendarSchema.parse({ id: 'support', name: 'Support', timeZone: 'Europe/Berlin', hours: { mon: [{ from: '09:00', to: '17:00' }] } })];
    const monday = play(flow, { startAt: '2026-12-07T10:00', timeZone: 'Europe/Berlin' });
    expect(summarize(plain(monday.log)).slice(2, 4)).toEqual(['handover', 'handover_outcome port=transferred']);
    const saturday = play(flow, { startAt: '2026-12-05T23:00', timeZone: 'Europe/Berlin', withinHours: true });
    expect(summarize(plain(saturday.log)).slice(2)).toEqual(['handover_outcome port=no_agents', 'bot_says text=Closed.']);
  });

  it('lets a direct line ring out to no-answer at the dial timeout when nobody is there', () => {
    const flow = voiceFlow({ ...DIRECT, timeoutSeconds: 20 }, { nodes: [['na', 'add_tag', { tag: 'no_answer' }]], edges: [['h', 'no_answer', 'na']] });
    const { log } = play(flow, { agentsAvailable: false, transferOutcome: 'answered' });
    const outcome = log.find((e) => e.type === 'handover_outcome');
    expect(outcome).toMatchObject({ outcome: 'no_answer', port: 'no_answer', at: 20_000 });
    expect(log.at(-1)).toMatchObject({ type: 'tag_added', tag: 'no_answer' });
    // With agents it meets the scene's outcome at once.
    const answered = play(flow, { transferOutcome: 'answered' });
    expect(answered.log.find((e) => e.type === 'handover_outcome')).toMatchObject({ port: 'transferred', at: 0 });
  });
});

describe('fallbacks', () => {
  it('voicemail: <Record> TwiML with max length, transcription and the recording status callback; the call ends after it', () => {
    const flow = voiceFlow(ZENDESK_LINE, {
      nodes: [
        ['vm', 'voicemail', { prompt: 'Leave a message for "R&D" <after> the beep', maxLengthSeconds: 90, transcribe: true }],
        ['ticket', 'create_ticket', { subject: 'Voicemail from {{customer}}', tags: ['voicemail'] }],
      ],
      edges: [['h', 'no_agents', 'vm'], ['vm', 'next', 'ticket']],
    });
    const { log, state } = play(flow, { agentsAvailable: false, variables: { customer: 'Ana' } });
    expect(plain(log).map((e) => e.type).slice(2)).toEqual(['handover_outcome', 'voicemail_started', 'conversation_ended', 'ticket_created']);
    const vm = log.find((e) => e.type === 'voicemail_started');
    expect(vm).toMatchObject({ maxLengthSeconds: 90, transcribe: true, request: { provider: 'twilio', method: 'POST', purpose: 'voicemail' } });
    expect(vm?.type === 'voicemail_started' && vm.request.body.Twiml).toBe(
      '<Response><Say>Leave a message for &quot;R&amp;D&quot; &lt;after&gt; the beep</Say>' +
        '<Record maxLength="90" finishOnKey="#" playBeep="true" recordingStatusCallback="{{recording_status_callback}}" recordingStatusCallbackEvent="completed" transcribe="true" transcribeCallback="{{transcribe_callback}}"/></Response>',
    );
    expect(log.find((e) => e.type === 'ticket_created')).toMatchObject({
      subject: 'Voicemail from Ana',
      request: { provider: 'zendesk', method: 'POST', path: '/api/v2/tickets', body: { ticket: { subject: 'Voicemail from Ana', comment: { public: false }, priority: 'normal', tags: ['voicemail'] } } },
    });
    expect(state.bot).toBe('ended');
  });

  it('voicemail never runs on a chat: a flow that could is refused before it runs', () => {
    const flow = makeFlow({ channels: ['web_chat'], nodes: [['ask', 'trigger_human_requested'], ['vm', 'voicemail']], edges: [['ask', 'next', 'vm']] });
    const created = createRuntime(flow);
    expect(created.ok).toBe(false);
    expect(!created.ok && created.diagnostics.map((d) => [d.code, d.nodeId])).toEqual([['voicemail.channel.not_voice', 'vm']]);
  });

  const callbackFlow = (data: Record<string, unknown> = {}) =>
    voiceFlow(ZENDESK_LINE, {
      nodes: [
        ['cb', 'offer_callback', { assigneeId: 'dana', dueHours: 2, zendeskPhoneNumberId: '1001', ...data }],
        ['booked', 'end'],
        ['gave_up', 'message', { text: 'Please call again later.' }],
      ],
      edges: [['h', 'no_agents', 'cb'], ['cb', 'scheduled', 'booked'], ['cb', 'failed', 'gave_up']],
    });

  it('callback: asks, checks and reads the number back, then books the task and the Zendesk callback request', () => {
    const { log, state } = play(callbackFlow(), { agentsAvailable: false }, [
      { type: 'advance', ms: 60_000 },
      { type: 'user_message', text: 'two oh two five five five zero one four three' },
      { type: 'user_message', text: 'yes' },
    ]);
    const says = log.filter((e) => e.type === 'bot_says').map((e) => (e.type === 'bot_says' ? e.text : ''));
    expect(says).toEqual([
      'Nobody is free right now. What number should we call you back on?',
      'I have +12025550143. Is that right?',
      "Thanks! We'll call you back on +12025550143.",
    ]);
    const task = log.find((e) => e.type === 'task_created');
    expect(task).toMatchObject({ title: 'Call back +12025550143', assigneeId: 'dana', dueAt: 60_000 + 2 * 3_600_000, nodeId: 'cb' });
    expect(log.find((e) => e.type === 'staff_notified')).toMatchObject({ staffId: 'dana', reason: 'task_assigned' });
    expect(log.find((e) => e.type === 'callback_requested')).toMatchObject({
      number: '+12025550143',
      taskId: 'task-1',
      request: { provider: 'zendesk', path: '/api/v2/channels/voice/callback_requests', body: { callback_request: { phone_number_id: 1001, requester_phone_number: '+12025550143' } } },
    });
    expect(state.variables.callback_number).toBe('+12025550143');
    expect(state.contact.tasks).toHaveLength(1);
    expect(state.endedReason).toBe('The flow reached an End node.');
  });

  it('callback: an invalid number asks again, a "no" asks again, and too many failures take No number', () => {
    const { log } = play(callbackFlow({ maxAttempts: 2 }), { agentsAvailable: false }, [
      { type: 'user_message', text: 'it is 555' },
      { type: 'user_message', text: '+1 202 555 0143' },
      { type: 'user_message', text: 'no' },
    ]);
    const says = log.filter((e) => e.type === 'bot_says').map((e) => (e.type === 'bot_says' ? e.text : ''));
    expect(says).toEqual([
      'Nobody is free right now. What number should we call you back on?',
      "Sorry, that doesn't look like a phone number. Please say it with the area code.",
      'I have +12025550143. Is that right?',
      'Please call again later.',
    ]);
    expect(log.some((e) => e.type === 'task_created' || e.type === 'callback_requested')).toBe(false);
  });

  it('callback: without validation any 7–15 digits are taken; without a Talk number id no Zendesk request is sent', () => {
    const { log } = play(callbackFlow({ validateNumber: false, zendeskPhoneNumberId: '' }), { agentsAvailable: false }, [
      { type: 'user_message', text: '555 0000' },
      { type: 'user_message', text: 'yes' },
    ]);
    expect(log.find((e) => e.type === 'callback_requested')).toMatchObject({ number: '+5550000', request: null });
  });

  it('callback: while asking, other replies do not fire scenarios, and the node is what the conversation waits on', () => {
    const rt = mustRun(callbackFlow());
    rt.start({ channel: 'phone_voice', agentsAvailable: false });
    rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' });
    expect(rt.state.waitingNodeId).toBe('cb');
    rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' });
    expect(rt.log.filter((e) => e.type === 'trigger_fired')).toHaveLength(1);
  });
});
