import { describe, expect, it } from 'vitest';
import type { Effect } from '../../../src/runtime';
import { ACTION, CALL_SID, GATHER, gatherTwiml, MINUTE, queuedCall, XML } from './queuedCall';

const ASK = '<Say>Nobody from the team is free right now. What number should we call you back on?</Say>';
const INVALID = '<Say>Sorry, that doesn&apos;t look like a phone number. Please say it with the area code.</Say>';
const of = <T extends Effect['type']>(effects: readonly Effect[], type: T) => effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

/** The voice template's caller, out of the support queue by its Callback port: the Offer callback node has asked for a number. */
async function askedForNumber() {
  const call = await queuedCall();
  await call.advance(4 * MINUTE);
  expect((await call.post(GATHER, { Digits: '1' })).body).toBe(`${XML}<Response><Leave/></Response>`);
  const left = await call.post(ACTION, { QueueResult: 'leave', QueueSid: 'QU123', QueueTime: '250' });
  expect(left.body).toBe(gatherTwiml(call.conversationId, ASK));
  call.memory.calls.length = 0;
  return call;
}

describe('the caller answers a question after the queue (<Gather> action → user_message)', () => {
  it('a spoken number is read back, a "yes" books the callback (task and Zendesk Talk request), then goodbye and <Hangup/>', async () => {
    const { post, gatherPath, memory, conversationId } = await askedForNumber();
    const number = await post(gatherPath, { SpeechResult: '415 555 0143', Confidence: '0.91' });
    expect(number.statusCode).toBe(200);
    expect(number.headers['content-type']).toMatch(/^text\/xml/);
    expect(number.body).toBe(gatherTwiml(conversationId, '<Say>I have +14155550143. Is that right?</Say>'));

    const yes = await post(gatherPath, { SpeechResult: 'Yes, that is right.', Confidence: '0.88' });
    expect(yes.body).toBe(`${XML}<Response><Say>Thanks! Dana will call you back on +14155550143. Goodbye.</Say><Hangup/></Response>`);
    expect(memory.calls.map((c) => c.event)).toEqual([
      { type: 'user_message', text: '415 555 0143' },
      { type: 'user_message', text: 'Yes, that is right.' },
    ]);
    const log = memory.log(conversationId);
    expect(of(log, 'callback_requested')).toMatchObject([{ number: '+14155550143', request: { body: { callback_request: { phone_number_id: 1001, requester_phone_number: '+14155550143' } } } }]);
    expect(of(log, 'task_created')).toHaveLength(1);
    expect(of(log, 'conversation_ended')).toHaveLength(1);
  });

  it('keys work too: Digits is the caller\'s answer', async () => {
    const { post, gatherPath, conversationId } = await askedForNumber();
    const typed = await post(gatherPath, { Digits: '4155550143' });
    expect(typed.body).toBe(gatherTwiml(conversationId, '<Say>I have +14155550143. Is that right?</Say>'));
  });

  it('silence after the repeated question is the engine\'s no-input path: asked again once, then the Failed port (voicemail) and a hold for the call update', async () => {
    const { post, gatherPath, memory, conversationId } = await askedForNumber();
    const first = await post(gatherPath, {});
    expect(first.body).toBe(gatherTwiml(conversationId, INVALID));
    const second = await post(gatherPath, {});
    // The voicemail's call update replaces this TwiML when it lands; the <Hangup/> only bounds a stuck outbox.
    expect(second.body).toBe(`${XML}<Response><Pause length="60"/><Hangup/></Response>`);
    expect(memory.calls.map((c) => c.event)).toEqual([{ type: 'user_message', text: '' }, { type: 'user_message', text: '' }]);
    const log = memory.log(conversationId);
    expect(of(log, 'voicemail_started')).toHaveLength(1);
    expect(of(log, 'callback_requested')).toEqual([]);
  });

  it('words nothing answers: the line listens once more; silence then hangs up and ends the conversation as user_left', async () => {
    const { post, memory } = await queuedCall();
    // Another call on the same flow, where the bot owns the line and no node has asked anything.
    const caller = 'CA' + '5'.repeat(32);
    const { id } = await memory.service.create({ flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: caller } });
    memory.calls.length = 0;
    const stray = await post(`/webhooks/twilio/gather/${id}`, { CallSid: caller, SpeechResult: 'what is the weather' });
    expect(stray.body).toBe(`${XML}<Response><Gather input="dtmf speech" action="https://baton.example.com/webhooks/twilio/gather/${id}" method="POST" timeout="5" speechTimeout="auto" actionOnEmptyResult="true"/></Response>`);
    const silence = await post(`/webhooks/twilio/gather/${id}`, { CallSid: caller });
    expect(silence.body).toBe(`${XML}<Response><Hangup/></Response>`);
    expect(memory.calls.map((c) => c.event)).toEqual([{ type: 'user_message', text: 'what is the weather' }, { type: 'user_message', text: '' }, { type: 'user_left' }]);
    expect(of(memory.log(id), 'conversation_ended')).toHaveLength(1);
  });

  it('a retried delivery (same I-Twilio-Idempotency-Token) is applied once and answered the same', async () => {
    const { post, gatherPath, memory, conversationId } = await askedForNumber();
    const first = await post(gatherPath, { SpeechResult: '415 555 0143' }, { 'i-twilio-idempotency-token': 'tok-g1' });
    const length = memory.log(conversationId).length;
    const again = await post(gatherPath, { SpeechResult: '415 555 0143' }, { 'i-twilio-idempotency-token': 'tok-g1' });
    expect(again.body).toBe(first.body);
    expect(memory.log(conversationId)).toHaveLength(length);
    expect(memory.calls.map((c) => c.dedupeKey)).toEqual(['twilio:tok-g1', 'twilio:tok-g1']);
  });

  it('refuses what it cannot trust: no or a wrong signature (401), another call or an unknown conversation (404), no CallSid (400)', async () => {
    const { app, post, gatherPath, memory } = await askedForNumber();
    const unsigned = await app.inject({ method: 'POST', url: gatherPath, payload: `CallSid=${CALL_SID}&Digits=1`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(unsigned.statusCode).toBe(401);
    const forged = await app.inject({ method: 'POST', url: gatherPath, payload: `CallSid=${CALL_SID}&Digits=1`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' } });
    expect(forged.statusCode).toBe(401);
    const otherCall = await post(gatherPath, { CallSid: 'CA00000000000000000000000000000000', Digits: '1' });
    expect(otherCall.statusCode).toBe(404);
    expect(otherCall.json().error.message).toMatch(/has no call CA0000/);
    expect((await post('/webhooks/twilio/gather/conv-999', { Digits: '1' })).statusCode).toBe(404);
    expect((await post(gatherPath, { CallSid: '', Digits: '1' })).statusCode).toBe(400);
    expect(memory.calls).toEqual([]);
  });
});
