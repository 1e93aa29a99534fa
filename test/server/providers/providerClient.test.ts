import { afterEach, describe, expect, it } from 'vitest';
import {
  buildLiveChatHandover,
  buildMessengerPassThreadControl,
  buildTwilioTransfer,
  buildZendeskTransfer,
  PAGE_INBOX_APP_ID,
  type ProviderRequest,
} from '../../../src/runtime';
import type { ConversationSummary, ProviderRefs } from '../../../src/server/contracts';
import { createProviderClient, loadProviderConfig } from '../../../src/server/providers';
import { startRecordingServer, type ScriptedResponse } from '../recordingServer';

const SECRETS = {
  TWILIO_AUTH_TOKEN: 'twilio-token-s3cret',
  MESSENGER_PAGE_ACCESS_TOKEN: 'EAAB-page-token-s3cret',
  ZENDESK_CHAT_ACCESS_TOKEN: 'zendesk-oauth-s3cret',
  LIVE_CHAT_API_TOKEN: 'live-chat-s3cret',
};
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';

let server: Awaited<ReturnType<typeof startRecordingServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setUp(script?: ScriptedResponse[], env: Record<string, string> = {}) {
  server = await startRecordingServer(script);
  const config = loadProviderConfig({
    BATON_PUBLIC_URL: 'https://baton.example.com',
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_API_BASE_URL: server.url,
    MESSENGER_GRAPH_API_URL: `${server.url}/v25.0`,
    ZENDESK_CHAT_API_URL: `${server.url}/graphql/request`,
    LIVE_CHAT_API_BASE_URL: server.url,
    ...SECRETS,
    ...env,
  });
  return { config, server, client: createProviderClient(config) };
}

const conversation = (refs: ProviderRefs): ConversationSummary => ({ id: 'conv-1', flowId: 'flow-1', flowVersion: 1, refs });

function twilioRequest(): ProviderRequest {
  const built = buildTwilioTransfer({ kind: 'voice', to: '+12025551234', attributes: [], timeoutSeconds: 30 }, false);
  if (!built.ok) throw new Error(built.reason);
  return built.request;
}

describe('provider client: the exact request per provider', () => {
  it('Twilio: Modify a live call with the TwiML, a Dial action callback, basic auth and the idempotency token', async () => {
    const { client, server } = await setUp();
    const outcome = await client.send(twilioRequest(), conversation({ callSid: 'CA1111' }), { idempotencyKey: 'outbox-7' });

    expect(outcome).toEqual({ ok: true, status: 200 });
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/CA1111.json`);
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${SECRETS.TWILIO_AUTH_TOKEN}`).toString('base64')}`);
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.headers['i-twilio-idempotency-token']).toBe('outbox-7');
    expect(req.headers['idempotency-key']).toBeUndefined();
    expect(new URLSearchParams(req.body).get('Twiml')).toBe(
      '<Response><Dial timeout="30" action="https://baton.example.com/webhooks/twilio/dial" method="POST"><Number>+12025551234</Number></Dial></Response>',
    );
  });

  it('Twilio: the conversation\'s account SID wins over the configured one', async () => {
    const { client, server } = await setUp();
    const other = 'ACffffffffffffffffffffffffffffffff';
    await client.send(twilioRequest(), conversation({ callSid: 'CA2', accountSid: other }), { idempotencyKey: 'k' });
    expect(server.requests[0].url).toBe(`/2010-04-01/Accounts/${other}/Calls/CA2.json`);
  });

  it('Messenger: pass_thread_control to the Page Inbox with the psid filled in and the page token as access_token', async () => {
    const { client, server } = await setUp();
    const request = buildMessengerPassThreadControl('{{psid}}', 'Customer asked for a person');
    const outcome = await client.send(request, conversation({ psid: '1254477777772919', pageId: '682498302938465' }), { idempotencyKey: 'outbox-8' });

    expect(outcome.ok).toBe(true);
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`/v25.0/me/pass_thread_control?access_token=${SECRETS.MESSENGER_PAGE_ACCESS_TOKEN}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['idempotency-key']).toBe('outbox-8');
    expect(JSON.parse(req.body)).toEqual({
      recipient: { id: '1254477777772919' },
      target_app_id: PAGE_INBOX_APP_ID,
      metadata: 'Customer asked for a person',
    });
  });

  it('Zendesk: the transferToDepartment mutation with the channel id and a bearer token', async () => {
    const { client, server } = await setUp([{ status: 200, body: '{"data":{"transferToDepartment":{"success":true}}}' }]);
    const outcome = await client.send(buildZendeskTransfer('360001'), conversation({ chatId: 'chat-42' }), { idempotencyKey: 'outbox-9' });

    expect(outcome).toEqual({ ok: true, status: 200 });
    const [req] = server.requests;
    expect(req.url).toBe('/graphql/request');
    expect(req.headers.authorization).toBe(`Bearer ${SECRETS.ZENDESK_CHAT_ACCESS_TOKEN}`);
    expect(req.headers['idempotency-key']).toBe('outbox-9');
    expect(JSON.parse(req.body)).toEqual({
      query: buildZendeskTransfer('360001').query,
      variables: { channel_id: 'chat-42', department_id: '360001' },
    });
  });

  it('live chat: the handover request on the chat id, bearer token, body as the engine built it', async () => {
    const { client, server } = await setUp();
    await client.send(buildLiveChatHandover('staff-3'), conversation({ chatId: 'lc/7' }), { idempotencyKey: 'outbox-10' });
    const [req] = server.requests;
    expect(req.url).toBe('/live-chat/conversations/lc%2F7/handover');
    expect(req.headers.authorization).toBe(`Bearer ${SECRETS.LIVE_CHAT_API_TOKEN}`);
    expect(JSON.parse(req.body)).toEqual({ queue: 'assigned', assigneeId: 'staff-3' });
  });
});

describe('provider client: retries and classification', () => {
  it('sends the same idempotency key on every attempt', async () => {
    const { client, server } = await setUp([{ status: 503 }, { status: 500 }, { status: 201 }]);
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      outcomes.push(await client.send(twilioRequest(), conversation({ callSid: 'CA1' }), { idempotencyKey: 'outbox-1' }));
    }
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.retryable ? 'retry' : 'fail'))).toEqual(['retry', 'retry', 'ok']);
    expect(server.requests.map((r) => r.headers['i-twilio-idempotency-token'])).toEqual(['outbox-1', 'outbox-1', 'outbox-1']);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
  });

  it.each([
    [500, true],
    [502, true],
    [429, true],
    [400, false],
    [401, false],
    [404, false],
  ])('status %i → retryable %s', async (status, retryable) => {
    const { client } = await setUp([{ status, body: '{"code":20404,"message":"The requested resource was not found"}' }]);
    const outcome = await client.send(twilioRequest(), conversation({ callSid: 'CA1' }), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable, status });
    if (!outcome.ok) expect(outcome.message).toContain(`answered ${status}`);
  });

  it('a Zendesk GraphQL error in a 200 answer is a failure that a retry will not fix', async () => {
    const { client } = await setUp([{ status: 200, body: '{"errors":[{"message":"Department is offline"}]}' }]);
    const outcome = await client.send(buildZendeskTransfer('1'), conversation({ chatId: 'c' }), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable: false, status: 200 });
    if (!outcome.ok) expect(outcome.message).toContain('Department is offline');
  });

  it('a timeout is retryable and says how long it waited', async () => {
    const { client } = await setUp([{ status: 200, delayMs: 2_000 }]);
    const outcome = await client.send(twilioRequest(), conversation({ callSid: 'CA1' }), { idempotencyKey: 'k', timeoutMs: 100 });
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    if (!outcome.ok) expect(outcome.message).toContain('timed out after 100 ms');
  });

  it('a refused connection is retryable', async () => {
    const { client, server } = await setUp();
    await server.close();
    const outcome = await client.send(buildMessengerPassThreadControl('123', ''), conversation({}), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    if (!outcome.ok) expect(outcome.message).toContain('ECONNREFUSED');
  });
});

describe('provider client: missing settings and refs', () => {
  it.each([
    ['Twilio without a call SID', twilioRequest(), {}, {}, 'no "callSid" ref'],
    ['Twilio without an auth token', twilioRequest(), { callSid: 'CA1' }, { TWILIO_AUTH_TOKEN: '' }, 'TWILIO_AUTH_TOKEN is not set'],
    ['Twilio without an account SID', twilioRequest(), { callSid: 'CA1' }, { TWILIO_ACCOUNT_SID: '' }, 'TWILIO_ACCOUNT_SID is not set'],
    ['Twilio without a public URL', twilioRequest(), { callSid: 'CA1' }, { BATON_PUBLIC_URL: '' }, 'BATON_PUBLIC_URL is not set'],
    ['Messenger without a psid', buildMessengerPassThreadControl('{{psid}}', ''), {}, {}, 'no "psid" ref'],
    ['Messenger without a page token', buildMessengerPassThreadControl('1', ''), {}, { MESSENGER_PAGE_ACCESS_TOKEN: '' }, 'MESSENGER_PAGE_ACCESS_TOKEN is not set'],
    ['Zendesk without a chat id', buildZendeskTransfer('1'), {}, {}, 'no "chatId" ref'],
    ['Zendesk without a token', buildZendeskTransfer('1'), { chatId: 'c' }, { ZENDESK_CHAT_ACCESS_TOKEN: '' }, 'ZENDESK_CHAT_ACCESS_TOKEN is not set'],
    ['live chat without a base URL', buildLiveChatHandover(null), { chatId: 'c' }, { LIVE_CHAT_API_BASE_URL: '' }, 'LIVE_CHAT_API_BASE_URL is not set'],
  ] as const)('%s: a non-retryable failure naming it, and nothing sent', async (_, request, refs, env, expected) => {
    const { client, server } = await setUp(undefined, env);
    const outcome = await client.send(request, conversation(refs), { idempotencyKey: 'k' });
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    if (!outcome.ok) expect(outcome.message).toContain(expected);
    expect(server.requests).toHaveLength(0);
  });
});

describe('provider client: no secret in any message', () => {
  it('masks the Messenger access token in URLs and every secret a provider echoes back', async () => {
    const echo = `invalid token ${SECRETS.TWILIO_AUTH_TOKEN} / ${SECRETS.MESSENGER_PAGE_ACCESS_TOKEN} / ${SECRETS.ZENDESK_CHAT_ACCESS_TOKEN}`;
    const { client } = await setUp([{ status: 401, body: echo }]);
    const messages: string[] = [];
    for (const [request, refs] of [
      [twilioRequest(), { callSid: 'CA1' }],
      [buildMessengerPassThreadControl('1', ''), {}],
      [buildZendeskTransfer('1'), { chatId: 'c' }],
      [buildLiveChatHandover(null), { chatId: 'c' }],
    ] as const) {
      const outcome = await client.send(request, conversation(refs), { idempotencyKey: 'k' });
      if (!outcome.ok) messages.push(outcome.message);
    }
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toContain('access_token=[redacted]');
    for (const secret of Object.values(SECRETS)) expect(messages.join('\n')).not.toContain(secret);
  });

  it('masks secrets in a timeout message too', async () => {
    const { client } = await setUp([{ status: 200, delayMs: 2_000 }]);
    const outcome = await client.send(buildMessengerPassThreadControl('1', ''), conversation({}), { idempotencyKey: 'k', timeoutMs: 50 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).not.toContain(SECRETS.MESSENGER_PAGE_ACCESS_TOKEN);
  });
});
