import { afterEach, describe, expect, it } from 'vitest';
import { handoverDestinationSchema, type MessengerDestination, type ZendeskDestination } from '../../../src/schema';
import { buildMessengerHandover } from '../../../src/runtime/providers/buildMessengerHandover';
import { buildZendeskHandover } from '../../../src/runtime/providers/buildZendeskHandover';
import type { ConversationSummary, ProviderRefs } from '../../../src/server/contracts';
import { createProviderClient, loadProviderConfig, redactProviderConfig } from '../../../src/server/providers';
import { startRecordingServer } from '../recordingServer';

const PAGE_TOKEN = 'EAAB-page-token-s3cret';
const KEY_ID = 'app_5f0c-key-id';
const KEY_SECRET = 'sunshine-key-s3cret';
const APP_ID = '5d8cff3cd55b040010928b5b';

let server: Awaited<ReturnType<typeof startRecordingServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setUp(env: Record<string, string> = {}) {
  server = await startRecordingServer();
  const config = loadProviderConfig({
    MESSENGER_GRAPH_API_URL: `${server.url}/v25.0`,
    MESSENGER_PAGE_ACCESS_TOKEN: PAGE_TOKEN,
    ZENDESK_CONVERSATIONS_API_URL: `${server.url}/sc/`,
    ZENDESK_CONVERSATIONS_APP_ID: APP_ID,
    ZENDESK_CONVERSATIONS_KEY_ID: KEY_ID,
    ZENDESK_CONVERSATIONS_KEY_SECRET: KEY_SECRET,
    ...env,
  });
  return { config, server, client: createProviderClient(config) };
}

const conversation = (refs: ProviderRefs): ConversationSummary => ({ id: 'conv-1', flowId: 'flow-1', flowVersion: 1, refs });
const messenger = (input: Record<string, unknown>) => handoverDestinationSchema.parse({ kind: 'messenger', ...input }) as MessengerDestination;
const zendesk = (input: Record<string, unknown>) => handoverDestinationSchema.parse({ kind: 'zendesk', mode: 'messaging_switchboard', ...input }) as ZendeskDestination;

describe('Messenger Conversation Routing on the wire', () => {
  it('POST /me/messages with thread_control pass, the psid filled from the conversation, the page token and the outbox idempotency key', async () => {
    const { client, server } = await setUp();
    const request = buildMessengerHandover(messenger({ protocol: 'conversation_routing', passMessage: 'Connecting you with our team.' }), '{{psid}}', {});
    const outcome = await client.send(request, conversation({ psid: '1254477777772919' }), { idempotencyKey: 'outbox-21' });

    expect(outcome).toEqual({ ok: true, status: 200 });
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`/v25.0/me/messages?access_token=${PAGE_TOKEN}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['idempotency-key']).toBe('outbox-21');
    expect(JSON.parse(req.body)).toEqual({
      messaging_type: 'RESPONSE',
      recipient: { id: '1254477777772919' },
      message: { text: 'Connecting you with our team.' },
      thread_control: { control_type: 'pass', app_id: '263902037430900' },
    });
  });

  it('a Meta refusal (Handover Protocol APIs disabled, 400) is a failure a retry will not fix, with no token in the message', async () => {
    const { client, server } = await setUp();
    server.answerWith(() => ({ status: 400, body: `{"error":{"message":"(#10) Handover Protocol APIs disabled for this page. token=${PAGE_TOKEN}"}}` }));
    const outcome = await client.send(buildMessengerHandover(messenger({}), '42', {}), conversation({}), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable: false, status: 400 });
    if (!outcome.ok) {
      expect(outcome.message).toContain('Handover Protocol APIs disabled');
      expect(outcome.message).not.toContain(PAGE_TOKEN);
    }
  });
});

describe('Zendesk messaging switchboard on the wire', () => {
  it('passControl on the configured app and the conversation, basic auth with the Conversations API key, metadata as built', async () => {
    const { client, server } = await setUp();
    const request = buildZendeskHandover(zendesk({ history: 'whole_conversation', switchboardMetadata: [{ key: 'reason', value: 'knowledge gap' }] }), {
      first_message_id: '603012d7e0a3f9000c879b67',
    });
    const outcome = await client.send(request, conversation({ chatId: '029c31f25a21b47effd7be90' }), { idempotencyKey: 'outbox-22' });

    expect(outcome).toEqual({ ok: true, status: 200 });
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`/sc/v2/apps/${APP_ID}/conversations/029c31f25a21b47effd7be90/passControl`);
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}`);
    expect(req.headers['idempotency-key']).toBe('outbox-22');
    expect(JSON.parse(req.body)).toEqual({
      switchboardIntegration: 'zd:agentWorkspace',
      metadata: { reason: 'knowledge gap', first_message_id: '603012d7e0a3f9000c879b67' },
    });
  });

  it('refuses to send a whole-conversation pass whose first message id was never filled, naming the variable', async () => {
    const { client, server } = await setUp();
    const outcome = await client.send(buildZendeskHandover(zendesk({ history: 'whole_conversation' }), {}), conversation({ chatId: 'c1' }), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    if (!outcome.ok) expect(outcome.message).toContain('"first_message_id" variable');
    expect(server.requests).toEqual([]);
  });

  it('names the missing setting and the missing conversation ref', async () => {
    const { client } = await setUp({ ZENDESK_CONVERSATIONS_KEY_SECRET: '' });
    const noSecret = await client.send(buildZendeskHandover(zendesk({}), {}), conversation({ chatId: 'c1' }), { idempotencyKey: 'k' });
    expect(noSecret).toMatchObject({ ok: false, retryable: false, message: expect.stringContaining('ZENDESK_CONVERSATIONS_KEY_SECRET') });
    const { client: full } = await setUp();
    const noChat = await full.send(buildZendeskHandover(zendesk({}), {}), conversation({}), { idempotencyKey: 'k' });
    expect(noChat).toMatchObject({ ok: false, retryable: false, message: expect.stringContaining('"chatId" ref') });
  });

  it('department routing still goes to the Chat Conversations API', async () => {
    const { client, server } = await setUp({ ZENDESK_CHAT_API_URL: 'http://127.0.0.1:1/unused', ZENDESK_CHAT_ACCESS_TOKEN: 'chat-token' });
    const request = buildZendeskHandover(zendesk({ mode: 'chat_department', department_routing: '360001' }), {});
    expect(request).toMatchObject({ operation: 'transferToDepartment' });
    const outcome = await client.send(request, conversation({ chatId: 'c1' }), { idempotencyKey: 'k', timeoutMs: 2_000 });
    expect(outcome.ok).toBe(false);
    expect(server.requests).toEqual([]);
  });

  it('the start-up banner shows the app id and never the key id or secret', async () => {
    const { config } = await setUp();
    const banner = JSON.stringify(redactProviderConfig(config));
    expect(banner).toContain(APP_ID);
    expect(banner).not.toContain(KEY_ID);
    expect(banner).not.toContain(KEY_SECRET);
  });
});
