import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { warmTransferFlow } from '../afterHandoverFlows';
import { startTestServer, waitFor, type TestServer } from '../harness';
import { fixture, postTwilio, twilioSignature } from './webhookHarness';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const PUBLIC_URL = 'https://baton.test';
const AUTH_TOKEN = 'twilio-token-secret';
// The fixtures' legs: the caller's (the conversation's callSid ref) and the agent's (DialCallSid).
const CALLER_LEG = 'CA2b5b3f0e5fb1b4f2a1c0d9e8f7a6b5c4';
const AGENT_LEG = 'CA9f8e7d6c5b4a39281706f5e4d3c2b1a0';
type Effect = { seq: number; type: string; [k: string]: unknown };

describe('warm transfer: the server serves the whisper and takes the agent\'s decline (PGlite)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ flows: [warmTransferFlow] });
  });
  afterAll(async () => t?.close());

  const twilio = (path: string, body: string, sign = true) => postTwilio(t.server.url, path, body, { publicUrl: PUBLIC_URL, authToken: AUTH_TOKEN, sign });
  const log = async (id: string): Promise<Effect[]> => (await t.api('GET', `/v1/conversations/${id}/effects?after=0`)).body.effects;

  /** A call transferred warm: the outbox's call update carries <Number url> filled with this conversation's whisper URL. */
  async function warmCall(callSid: string) {
    const created = await t.api('POST', '/v1/conversations', { scene: { channel: 'phone_voice', variables: { summary: 'Wants a refund for order 42' } }, refs: { callSid } });
    const id = created.body.id as string;
    await t.api('POST', `/v1/conversations/${id}/events`, { type: 'user_message', text: 'agent please' });
    const update = await waitFor(() => t.provider.requests.find((r) => r.url.includes(callSid)), 20_000, 'the call update');
    return { id, twiml: new URLSearchParams(update.body).get('Twiml')! };
  }

  it('fills {{whisper_url}} and serves the summary and note with a <Gather> that reports the answer (also silence)', async () => {
    const { id, twiml } = await warmCall(CALLER_LEG);
    expect(twiml).toBe(
      `<Response><Dial timeout="30" action="${PUBLIC_URL}/webhooks/twilio/dial" method="POST"><Number url="${PUBLIC_URL}/webhooks/twilio/whisper/${id}">+12025551234</Number></Dial></Response>`,
    );

    const path = `/webhooks/twilio/whisper/${id}`;
    const whisper = await twilio(path, fixture('twilio-whisper-request.txt'));
    expect(whisper.status).toBe(200);
    expect(whisper.type).toMatch(/^text\/xml/);
    expect(whisper.text).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response>' +
        `<Gather numDigits="1" timeout="8" action="${PUBLIC_URL}/webhooks/twilio/whisper/${id}/answer" method="POST" actionOnEmptyResult="true">` +
        '<Say>Wants a refund for order 42</Say><Say>Caller is &lt;VIP&gt; &amp; angry</Say>' +
        '<Say>Press 1 to take the call. Any other key declines it.</Say></Gather><Hangup/></Response>',
    );

    const unsigned = await twilio(path, fixture('twilio-whisper-request.txt'), false);
    expect(unsigned.status).toBe(401);
    expect(JSON.parse(unsigned.text).error.code).toBe('signature_missing');
    const forged = await fetch(`${t.server.url}${path}`, { method: 'POST', body: 'CallSid=CAx', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${path}`, 'CallSid=CAy', AUTH_TOKEN) } });
    expect(forged.status).toBe(401);
    expect((await twilio('/webhooks/twilio/whisper/c_nope', fixture('twilio-whisper-request.txt'))).status).toBe(404);
  });

  it('1 accepts: an empty <Response/> connects the parties and the engine is not told anything yet', async () => {
    const { id } = await warmCall('CA' + 'e'.repeat(32));
    const before = await log(id);
    const accepted = await twilio(`/webhooks/twilio/whisper/${id}/answer`, fixture('twilio-whisper-gather-declined.txt').replace('Digits=2', 'Digits=1'));
    expect(accepted.status).toBe(200);
    expect(accepted.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(await log(id)).toEqual(before);
  });

  it('another key declines: Rejected at once, the agent leg hangs up, and the <Dial action> that follows gives the caller the bot\'s next words', async () => {
    const id = findByCallSid(CALLER_LEG);
    const answer = `/webhooks/twilio/whisper/${id}/answer`;
    const declined = await twilio(answer, fixture('twilio-whisper-gather-declined.txt'));
    expect(declined.status).toBe(200);
    expect(declined.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    const outcomes = (await log(id)).filter((e) => e.type === 'handover_outcome');
    expect(outcomes).toMatchObject([{ outcome: 'rejected', port: 'rejected' }]);

    // Twilio retries the same Gather request: same answer, nothing new.
    const length = (await log(id)).length;
    expect((await twilio(answer, fixture('twilio-whisper-gather-declined.txt'))).text).toBe(declined.text);
    expect(await log(id)).toHaveLength(length);

    // The agent hung up, so the <Dial> ends (its DialCallSid is the leg that declined); whatever DialCallStatus says, the caller hears the Rejected path.
    expect(new URLSearchParams(fixture('twilio-dial-action-completed.txt')).get('DialCallSid')).toBe(AGENT_LEG);
    const dial = await twilio('/webhooks/twilio/dial', fixture('twilio-dial-action-completed.txt'));
    expect(dial.status).toBe(200);
    // The flow stops there with the bot owning the call, so the line listens (the gather route takes what the caller says next).
    const say = '<Say>Nobody could take the call; we will call you back.</Say>';
    const gather = `<Gather input="dtmf speech" action="https://baton.test/webhooks/twilio/gather/${id}" method="POST" timeout="5" speechTimeout="auto"`;
    expect(dial.text).toBe(`<?xml version="1.0" encoding="UTF-8"?><Response>${gather}>${say}</Gather>${gather} actionOnEmptyResult="true">${say}</Gather></Response>`);
    expect((await log(id)).filter((e) => e.type === 'handover_outcome')).toHaveLength(1);
  });

  /** The first test's conversation: its id is in the whisper URL of the call update sent for this CallSid. */
  function findByCallSid(callSid: string): string {
    const update = t.provider.requests.find((r) => r.url.includes(callSid))!;
    const twiml = new URLSearchParams(update.body).get('Twiml')!;
    return /whisper\/([^"]+)"/.exec(twiml)![1];
  }
});
