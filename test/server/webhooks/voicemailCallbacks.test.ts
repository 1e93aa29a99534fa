import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { voicemailFlow } from '../afterHandoverFlows';
import { startTestServer, waitFor, type TestServer } from '../harness';
import { fixture, postTwilio } from './webhookHarness';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const CALL_SID = 'CA2b5b3f0e5fb1b4f2a1c0d9e8f7a6b5c4'; // the fixtures' call
type Effect = { seq: number; type: string; [k: string]: unknown };

describe("a voicemail's recording and transcription callbacks (PGlite)", () => {
  let t: TestServer;
  let id: string;
  beforeAll(async () => {
    t = await startTestServer({ flows: [voicemailFlow] });
    id = (await t.api('POST', '/v1/conversations', { scene: { channel: 'phone_voice', variables: { name: 'Ana' } }, refs: { callSid: CALL_SID } })).body.id;
    await t.api('POST', `/v1/conversations/${id}/events`, { type: 'user_message', text: 'Leave a message' });
  });
  afterAll(async () => t?.close());

  const twilio = (path: string, body: string, sign = true) => postTwilio(t.server.url, path, body, { publicUrl: 'https://baton.test', authToken: 'twilio-token-secret', sign });
  const records = async (type: string): Promise<Effect[]> => ((await t.api('GET', `/v1/conversations/${id}/effects?after=0`)).body.effects as Effect[]).filter((e) => e.type === type);

  it('the completed recording is recorded in the log once, however often Twilio retries; unsigned callbacks change nothing', async () => {
    const body = fixture('twilio-recording-status-completed.txt');
    expect((await twilio('/webhooks/twilio/recording', body, false)).status).toBe(401);
    expect(await records('voicemail_recorded')).toEqual([]);

    for (let i = 0; i < 2; i++) expect((await twilio('/webhooks/twilio/recording', body)).status).toBe(204);
    const [recorded, ...more] = await records('voicemail_recorded');
    expect(more).toEqual([]);
    expect(recorded).toMatchObject({
      recordingSid: 'RE557ce644e5ab84fa21cc21112e22c485',
      recordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE557ce644e5ab84fa21cc21112e22c485',
      durationSeconds: 14,
    });
    // Posted to the outbound webhook like every effect nobody asked for.
    await waitFor(() => t.webhook.requests.find((r) => r.body.includes('voicemail_recorded')), 20_000, 'the outbound webhook');
  });

  it('the transcription is recorded with its text', async () => {
    expect((await twilio('/webhooks/twilio/transcription', fixture('twilio-transcription.txt'))).status).toBe(204);
    expect(await records('voicemail_transcribed')).toMatchObject([
      { recordingSid: 'RE557ce644e5ab84fa21cc21112e22c485', status: 'completed', text: 'Hi, this is Ana, please call me back about my refund.' },
    ]);
    expect(t.logs.join('')).not.toContain('call me back about my refund');
  });
});
