import { describe, expect, it } from 'vitest';
import { mapDialCallStatus } from '../../../src/server/webhooks/mapDialCallStatus';
import { fixture, PUBLIC_URL, startWebhookApp, twilioSignature } from './webhookHarness';

const URL_PATH = '/webhooks/twilio/dial';
const CALL_SID = 'CA2b5b3f0e5fb1b4f2a1c0d9e8f7a6b5c4';

/** A phone call on the voice example, transferred and ringing: what a <Dial action> reports on. */
async function ringingCall(env: Record<string, string> = {}) {
  const harness = await startWebhookApp(env);
  const { service } = harness.memory;
  const created = await service.create({ flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: CALL_SID } });
  const turn = await service.apply(created.id, { type: 'user_message', text: 'I want to talk to a human' });
  expect(turn.effects.some((e) => e.type === 'handover' && e.destination === 'voice')).toBe(true);
  harness.memory.calls.length = 0;
  return { ...harness, conversationId: created.id };
}

const post = (app: Awaited<ReturnType<typeof startWebhookApp>>['app'], body: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: URL_PATH, payload: body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('POST /webhooks/twilio/dial', () => {
  it('maps every DialCallStatus to the engine outcome', () => {
    expect(['completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled', 'ringing'].map(mapDialCallStatus)).toEqual([
      'answered', 'answered', 'busy', 'no_answer', 'rejected', 'rejected', null,
    ]);
  });

  it('a signed "completed" callback (Twilio docs fixture) reports answered and answers TwiML', async () => {
    const { app, memory, conversationId } = await ringingCall();
    const body = fixture('twilio-dial-action-completed.txt');
    const res = await post(app, body, { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, body) });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>.*<\/Response>$/);
    expect(memory.calls).toEqual([
      { conversationId, event: { type: 'transfer_outcome', outcome: 'answered' }, dedupeKey: `twilio-dial:${CALL_SID}:CA9f8e7d6c5b4a39281706f5e4d3c2b1a0:completed` },
    ]);
    expect(memory.log(conversationId).some((e) => e.type === 'handover_outcome' && e.outcome === 'answered')).toBe(true);
  });

  it('answers what the engine did: busy → the bot speaks and holds for the next transfer; busy again → it says goodbye and hangs up', async () => {
    const { app, memory, conversationId } = await ringingCall();
    const body = fixture('twilio-dial-action-busy.txt');
    const headers = { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, body) };
    const first = await post(app, body, { ...headers, 'i-twilio-idempotency-token': 'tok-1' });
    const second = await post(app, body, { ...headers, 'i-twilio-idempotency-token': 'tok-2' });
    const log = memory.log(conversationId);
    const says = log.flatMap((e) => (e.type === 'bot_says' ? [e.text] : []));
    const pause = log.flatMap((e) => (e.type === 'pause' ? [e.seconds] : [])).at(-1);

    expect(pause).toBeGreaterThan(0);
    expect(first.body).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Say>${says.at(-2)}</Say><Pause length="${Math.max(1, Math.round(pause!))}"/><Pause length="60"/></Response>`,
    );
    expect(second.body).toBe(`<?xml version="1.0" encoding="UTF-8"?><Response><Say>${says.at(-1)}</Say><Hangup/></Response>`);
    expect(memory.log(conversationId).some((e) => e.type === 'conversation_ended')).toBe(true);
  });

  it('the same delivery twice (same I-Twilio-Idempotency-Token) gives the same answer and one effect', async () => {
    const { app, memory, conversationId } = await ringingCall();
    const body = fixture('twilio-dial-action-busy.txt');
    const headers = { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, body), 'i-twilio-idempotency-token': 'RE-delivery-1' };
    const first = await post(app, body, headers);
    const logLength = memory.log(conversationId).length;
    const again = await post(app, body, headers);

    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(memory.log(conversationId)).toHaveLength(logLength);
    expect(memory.calls.map((c) => c.dedupeKey)).toEqual(['twilio:RE-delivery-1', 'twilio:RE-delivery-1']);
  });

  it.each([
    ['missing', {}, 'signature_missing'],
    ['made with another token', { 'x-twilio-signature': 'AAAA' }, 'signature_invalid'],
  ])('a %s signature → 401 and nothing applied', async (_, headers, code) => {
    const { app, memory } = await ringingCall();
    const res = await post(app, fixture('twilio-dial-action-completed.txt'), headers as Record<string, string>);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(memory.calls).toHaveLength(0);
  });

  it('a signature over another URL or a tampered body → 401', async () => {
    const { app, memory } = await ringingCall();
    const body = fixture('twilio-dial-action-completed.txt');
    const otherUrl = await post(app, body, { 'x-twilio-signature': twilioSignature(`http://localhost:8787${URL_PATH}`, body) });
    const tampered = await post(app, body.replace('completed', 'busy'), { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, body) });
    expect([otherUrl.statusCode, tampered.statusCode]).toEqual([401, 401]);
    expect(memory.calls).toHaveLength(0);
  });

  it('an unknown CallSid → 404 naming it; an unknown status → 400', async () => {
    const { app } = await ringingCall();
    const unknownCall = fixture('twilio-dial-action-completed.txt').replace(CALL_SID, 'CA00000000000000000000000000000000');
    const res = await post(app, unknownCall, { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, unknownCall) });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('CA00000000000000000000000000000000');

    const ringing = fixture('twilio-dial-action-completed.txt').replace('DialCallStatus=completed', 'DialCallStatus=ringing');
    const bad = await post(app, ringing, { 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${URL_PATH}`, ringing) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('"ringing"');
  });

  it('without TWILIO_AUTH_TOKEN it refuses with 503 naming the variable', async () => {
    const { app, memory } = await ringingCall({ TWILIO_AUTH_TOKEN: '' });
    const res = await post(app, fixture('twilio-dial-action-completed.txt'), { 'x-twilio-signature': 'x' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toContain('TWILIO_AUTH_TOKEN');
    expect(memory.calls).toHaveLength(0);
  });
});
