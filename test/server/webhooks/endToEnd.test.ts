import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServerConfig } from '../../../src/server/serverConfig';
import { startServer, type RunningServer } from '../../../src/server/startServer';
import { loadProviderConfig } from '../../../src/server/providers';
import { startRecordingServer, type RecordedRequest } from '../recordingServer';
import { fixture, hubSignature, TEST_SECRETS, twilioSignature } from './webhookHarness';

/**
 * The real server (PGlite, migrations, pg-boss jobs, outbox) wired as `baton serve` wires it, with
 * the webhook plugin and the provider client: signed webhooks in, provider requests out to a
 * recording server on 127.0.0.1.
 * BATON_PUBLIC_URL is a public origin unlike the local address, as behind a proxy: Twilio signs
 * the URL it calls, not the one the server listens on.
 */
const PUBLIC_URL = 'https://baton.example.test';
const API_KEY = 'e2e-api-key-0123456789abcdef';
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const CALL_SID = 'CA2b5b3f0e5fb1b4f2a1c0d9e8f7a6b5c4';
const PSID = '1254477777772919';
const PAGE_TOKEN = 'EAAB-e2e-page-token';

let provider: Awaited<ReturnType<typeof startRecordingServer>>;
let server: RunningServer;
let dataDir: string;
const logs: string[] = [];

beforeAll(async () => {
  provider = await startRecordingServer([{ status: 200, body: '{"success":true}' }]);
  dataDir = mkdtempSync(join(tmpdir(), 'baton-webhooks-e2e-'));
  const providerConfig = loadProviderConfig({
    ...TEST_SECRETS,
    BATON_PUBLIC_URL: PUBLIC_URL,
    MESSENGER_APP_ID: '123456789',
    MESSENGER_PAGE_ACCESS_TOKEN: PAGE_TOKEN,
    MESSENGER_GRAPH_API_URL: `${provider.url}/v25.0`,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_API_BASE_URL: provider.url,
  });
  server = await startServer({
    config: loadServerConfig({ BATON_API_KEY: API_KEY, BATON_POLL_SECONDS: '0.5', BATON_RETRY_DELAY_SECONDS: '1' }, { insecureDev: false }),
    flows: ['messenger-handover', 'voice-zendesk'].map((name) => ({
      source: `examples/${name}.baton.json`,
      document: JSON.parse(readFileSync(`examples/${name}.baton.json`, 'utf8')),
    })),
    dataDir,
    port: 0,
    // As `baton serve` does: the server registers providerWebhooks and sends through createProviderClient.
    providers: providerConfig,
    logStream: new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) }),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await provider?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = provider.requests.find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no matching provider request; saw ${provider.requests.map((r) => r.url).join(', ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...init.headers } });

async function effectsOf(conversationId: string): Promise<{ type: string; outcome?: string }[]> {
  const res = await api(`/v1/conversations/${conversationId}/effects`);
  return ((await res.json()) as { effects: { type: string; outcome?: string }[] }).effects;
}
const effectTypes = async (conversationId: string) => (await effectsOf(conversationId)).map((e) => e.type);

describe('webhooks end to end on the real server (PGlite)', () => {
  it('Messenger: a signed message starts a conversation, the outbox passes the thread to the Page Inbox, a retry changes nothing, the thread coming back releases it to the bot', async () => {
    const message = fixture('messenger-message.json');
    const post = (body: string) =>
      fetch(`${server.url}/webhooks/messenger`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(body) } });

    const first = await post(message);
    expect(first.status).toBe(200);
    const conversation = await server.service.findByRef('psid', PSID);
    expect(conversation).not.toBeNull();

    // The example passes the thread by Conversation Routing: thread_control on a Send API message.
    const pass = await waitForRequest((r) => r.url.startsWith('/v25.0/me/messages'));
    expect(pass.method).toBe('POST');
    expect(pass.url).toBe(`/v25.0/me/messages?access_token=${PAGE_TOKEN}`);
    expect(JSON.parse(pass.body)).toMatchObject({ recipient: { id: PSID }, thread_control: { control_type: 'pass', app_id: '263902037430900' } });
    expect(pass.headers['idempotency-key']).toBeTruthy();

    const before = await effectTypes(conversation!.id);
    const again = await post(message);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(JSON.stringify({ ok: true, handled: 1 }));
    expect(await effectTypes(conversation!.id)).toEqual(before);

    const forged = await fetch(`${server.url}/webhooks/messenger`, {
      method: 'POST',
      body: fixture('messenger-pass-thread-control.json'),
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature('{}') },
    });
    expect(forged.status).toBe(401);
    expect(await effectTypes(conversation!.id)).toEqual(before);

    const back = await post(fixture('messenger-pass-thread-control.json'));
    expect(back.status).toBe(200);
    expect(await effectTypes(conversation!.id)).toContain('conversation_released');
  }, 40_000);

  it('Twilio: the transfer goes out as a call update with the Dial action; the signed Dial callback reports the outcome', async () => {
    const created = await api('/v1/conversations', {
      method: 'POST',
      body: JSON.stringify({ flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: CALL_SID } }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const askedAt = Date.now();
    const turn = await api(`/v1/conversations/${id}/events`, { method: 'POST', body: JSON.stringify({ type: 'user_message', text: 'I want to talk to a human' }) });
    expect(turn.status).toBe(200);

    const update = await waitForRequest((r) => r.url === `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${CALL_SID}.json`);
    // The flow's 1.5 s Pause before the transfer passes in wall time before the call update goes out.
    expect(Date.now() - askedAt).toBeGreaterThanOrEqual(1500);
    expect(update.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${TEST_SECRETS.TWILIO_AUTH_TOKEN}`).toString('base64')}`);
    expect(update.headers['i-twilio-idempotency-token']).toBeTruthy();
    expect(new URLSearchParams(update.body).get('Twiml')).toContain(`action="${PUBLIC_URL}/webhooks/twilio/dial" method="POST"`);
    // The template's SIP transfer is warm: the agent's leg first runs this conversation's whisper.
    expect(new URLSearchParams(update.body).get('Twiml')).toContain(`<Sip url="${PUBLIC_URL}/webhooks/twilio/whisper/${id}">sip:agent@example.com?`);

    const body = fixture('twilio-dial-action-completed.txt');
    const signature = twilioSignature(`${PUBLIC_URL}/webhooks/twilio/dial`, body);
    const dial = (sig: string) =>
      fetch(`${server.url}/webhooks/twilio/dial`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sig, 'i-twilio-idempotency-token': 'e2e-dial-1' },
      });

    const refused = await dial('bm90IGEgc2lnbmF0dXJl');
    expect(refused.status).toBe(401);
    expect(await effectTypes(id)).not.toContain('handover_outcome');

    const answered = await dial(signature);
    expect(answered.status).toBe(200);
    expect(answered.headers.get('content-type')).toMatch(/^text\/xml/);
    const twiml = await answered.text();
    const outcomes = (await effectsOf(id)).filter((e) => e.type === 'handover_outcome');
    expect(outcomes.map((e) => e.outcome)).toEqual(['answered']);
    const log = await effectTypes(id);

    const retried = await dial(signature);
    expect(await retried.text()).toBe(twiml);
    expect(await effectTypes(id)).toEqual(log);
  }, 40_000);

  it('no provider secret reached the server log', () => {
    const text = logs.join('');
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [PAGE_TOKEN, ...Object.values(TEST_SECRETS)]) expect(text).not.toContain(secret);
  });
});
