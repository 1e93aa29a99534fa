import { afterEach, describe, expect, it } from 'vitest';
import type { Effect } from '../../src/runtime';
import { createProviderClient, loadProviderConfig } from '../../src/server/providers';
import { startRecordingServer } from './recordingServer';
import { ACTION, CALL_SID, GATHER, gatherTwiml, MINUTE, queuedCall, WAIT, XML } from './webhooks/queuedCall';
import { PUBLIC_URL, TEST_SECRETS } from './webhooks/webhookHarness';

let recording: Awaited<ReturnType<typeof startRecordingServer>> | null = null;
afterEach(async () => {
  await recording?.close();
  recording = null;
});

describe('a caller in a Twilio queue (<Enqueue>)', () => {
  it('the outbox redirects the live call to <Enqueue> with the server\'s wait and action URLs', async () => {
    const { enqueue } = await queuedCall();
    recording = await startRecordingServer();
    const config = loadProviderConfig({ BATON_PUBLIC_URL: PUBLIC_URL, TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef', TWILIO_API_BASE_URL: recording.url, ...TEST_SECRETS });
    const outcome = await createProviderClient(config).send(enqueue.request, { id: 'conv-1', flowId: 'voice-zendesk', flowVersion: 1, refs: { callSid: CALL_SID } }, { idempotencyKey: 'outbox-1' });
    expect(outcome).toEqual({ ok: true, status: 200 });
    expect(recording.requests[0].url).toBe(`/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/${CALL_SID}.json`);
    expect(new URLSearchParams(recording.requests[0].body).get('Twiml')).toBe(
      `<Response><Enqueue waitUrl="${PUBLIC_URL}${WAIT}" waitUrlMethod="POST" action="${PUBLIC_URL}${ACTION}" method="POST">support</Enqueue></Response>`,
    );
  });

  it('the wait URL applies QueuePosition and AvgQueueTime and answers the engine\'s TwiML: the waiting message, then the callback offer as a <Gather>', async () => {
    const { post, advance, memory, conversationId } = await queuedCall();
    const first = await post(WAIT, { QueuePosition: '3', AvgQueueTime: '150', QueueTime: '0', CurrentQueueSize: '3' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/xml/);
    // Joining: the first message is due after the interval, so a pause until then.
    expect(first.body).toBe(`${XML}<Response><Pause length="60"/></Response>`);
    expect(memory.calls).toEqual([{ conversationId, event: { type: 'queue_update', position: 3, waitMinutes: 2.5 }, dedupeKey: undefined }]);

    await advance(2 * MINUTE);
    const second = await post(WAIT, { QueuePosition: '2', AvgQueueTime: '120', QueueTime: '120' });
    expect(second.body).toBe(`${XML}<Response><Say>You are caller 2 in line. The estimated wait is about 2 minutes.</Say><Pause length="60"/></Response>`);

    await advance(2 * MINUTE);
    const third = await post(WAIT, { QueuePosition: '1', AvgQueueTime: '30', QueueTime: '240' });
    expect(third.body).toContain('<Say>You are caller 1 in line. The estimated wait is less than a minute.</Say>');
    expect(third.body).toContain(
      `<Gather input="dtmf speech" numDigits="1" timeout="5" action="${PUBLIC_URL}${GATHER}" method="POST" hints="call me back, callback"><Say>Sorry for the wait. To leave the queue and be called back, press 1 or say call me back.</Say></Gather>`,
    );
  });

  it('pressing 1 answers <Leave/>; QueueResult leave then takes the Callback port and the bot asks for the number', async () => {
    const { post, advance, memory, conversationId } = await queuedCall();
    await advance(4 * MINUTE);
    const other = await post(GATHER, { Digits: '7' });
    expect(other.body).toBe(`${XML}<Response/>`);
    const gathered = await post(GATHER, { Digits: '1' });
    expect(gathered.body).toBe(`${XML}<Response><Leave/></Response>`);
    // The next wait URL request (if Twilio makes one first) is told to leave too.
    expect((await post(WAIT, { QueuePosition: '1' })).body).toBe(`${XML}<Response><Leave/></Response>`);

    const left = await post(ACTION, { QueueResult: 'leave', QueueSid: 'QU123', QueueTime: '250' });
    expect(left.body).toBe(gatherTwiml(conversationId, '<Say>Nobody from the team is free right now. What number should we call you back on?</Say>'));
    const outcomes = memory.log(conversationId).filter((e): e is Extract<Effect, { type: 'handover_outcome' }> => e.type === 'handover_outcome' && e.nodeId === 'support_queue');
    expect(outcomes.map((e) => e.port)).toEqual(['callback']);
  });

  it.each([
    ['bridged', 'transferred', `${XML}<Response></Response>`],
    ['hangup', 'abandoned', `${XML}<Response><Hangup/></Response>`],
    ['queue-full', 'rejected', `${XML}<Response><Say>Sorry, nobody from the team can take your call right now. Please try again later. Goodbye.</Say><Hangup/></Response>`],
    ['system-error', 'rejected', `${XML}<Response><Say>Sorry, nobody from the team can take your call right now. Please try again later. Goodbye.</Say><Hangup/></Response>`],
  ])('QueueResult %s → the %s port, answered with what the bot does next', async (result, port, twiml) => {
    const { post, memory, conversationId } = await queuedCall();
    const res = await post(ACTION, { QueueResult: result, QueueSid: 'QU123', QueueTime: '42' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(twiml);
    const outcome = memory.log(conversationId).filter((e): e is Extract<Effect, { type: 'handover_outcome' }> => e.type === 'handover_outcome').at(-1);
    expect(outcome).toMatchObject({ nodeId: 'support_queue', port });
  });

  it('a retried action (same I-Twilio-Idempotency-Token) is applied once', async () => {
    const { post, memory, conversationId } = await queuedCall();
    const first = await post(ACTION, { QueueResult: 'queue-full' }, { 'i-twilio-idempotency-token': 'tok-9' });
    const length = memory.log(conversationId).length;
    const again = await post(ACTION, { QueueResult: 'queue-full' }, { 'i-twilio-idempotency-token': 'tok-9' });
    expect(again.body).toBe(first.body);
    expect(memory.log(conversationId)).toHaveLength(length);
    expect(memory.calls.map((c) => c.dedupeKey)).toEqual(['twilio:tok-9', 'twilio:tok-9']);
  });

  it('refuses what it cannot trust or read: no signature (401), a QueueResult Twilio does not send or no QueuePosition (400), an unknown call (404)', async () => {
    const { app, post, memory } = await queuedCall();
    const unsigned = await app.inject({ method: 'POST', url: ACTION, payload: `CallSid=${CALL_SID}&QueueResult=bridged`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(unsigned.statusCode).toBe(401);
    const odd = await post(ACTION, { QueueResult: 'system-shutdown' });
    expect(odd.statusCode).toBe(400);
    expect(odd.json().error.message).toMatch(/QueueResult "system-shutdown" is not one of bridged, bridging-in-process/);
    const noPosition = await post(WAIT, { QueueTime: '3' });
    expect(noPosition.statusCode).toBe(400);
    expect(noPosition.json().error.message).toMatch(/QueuePosition null/);
    const stranger = await post(WAIT, { CallSid: 'CA00000000000000000000000000000000', QueuePosition: '1' });
    expect(stranger.statusCode).toBe(404);
    expect(memory.calls).toEqual([]);
  });
});
