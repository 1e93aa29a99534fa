import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { providerWebhooks, signBatonAgentBody, signZendeskBody } from '../../../src/server/webhooks';
import { fixture, startWebhookApp, TEST_SECRETS } from './webhookHarness';

type App = Awaited<ReturnType<typeof startWebhookApp>>['app'];

const post = (app: App, body: string, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/webhooks/agent', payload: body, headers: { 'content-type': 'application/json', ...headers } });
/** Zendesk's timestamp format (ISO 8601, whole seconds), `offsetMs` from now. */
const zendeskTime = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const zendeskSigned = (body: string, timestamp: string) => ({
  'x-zendesk-webhook-signature': signZendeskBody(body, timestamp, TEST_SECRETS.ZENDESK_WEBHOOK_SECRET),
  'x-zendesk-webhook-signature-timestamp': timestamp,
});
const batonSigned = (body: string) => ({ 'x-baton-agent-signature': signBatonAgentBody(body, TEST_SECRETS.BATON_AGENT_WEBHOOK_SECRET) });

/** A web chat on the voice-zendesk example, waiting in the live-chat inbox, known by chatId. */
async function queuedChat(env: Record<string, string> = {}) {
  const harness = await startWebhookApp(env);
  const { service } = harness.memory;
  const created = await service.create({ flowId: 'voice-zendesk', scene: { channel: 'web_chat' }, refs: { chatId: 'chat-42' } });
  const turn = await service.apply(created.id, { type: 'user_message', text: 'I want to talk to a human' });
  expect(turn.effects.some((e) => e.type === 'handover' && e.destination === 'live_chat')).toBe(true);
  harness.memory.calls.length = 0;
  return { ...harness, conversationId: created.id };
}

describe('POST /webhooks/agent', () => {
  it('accept → reply → resolve, each signed with X-Baton-Agent-Signature', async () => {
    const { app, memory, conversationId } = await queuedChat();
    for (const name of ['agent-accept.json', 'agent-reply.json', 'agent-resolve.json']) {
      const body = fixture(name);
      const res = await post(app, body, batonSigned(body));
      expect(res.statusCode, name).toBe(200);
      expect(res.json()).toMatchObject({ ok: true, conversationId });
    }
    expect(memory.calls.map((c) => c.event)).toEqual([
      { type: 'agent_accept', staffId: 'dana' },
      { type: 'agent_reply', text: 'Hi, Dana here. How can I help?' },
      { type: 'agent_resolve' },
    ]);
    const types = memory.log(conversationId).map((e) => e.type);
    expect(types).toContain('agent_joined');
    expect(types).toContain('agent_says');
    expect(types).toContain('conversation_resolved');
  });

  it('accepts Zendesk\'s scheme: base64 HMAC-SHA256 of timestamp + body', async () => {
    const { app, memory } = await queuedChat();
    const body = fixture('agent-accept.json');
    const timestamp = zendeskTime(-60_000);
    const res = await post(app, body, {
      'x-zendesk-webhook-signature': signZendeskBody(body, timestamp, TEST_SECRETS.ZENDESK_WEBHOOK_SECRET),
      'x-zendesk-webhook-signature-timestamp': timestamp,
    });
    expect(res.statusCode).toBe(200);
    expect(memory.calls).toHaveLength(1);
  });

  it('the same delivery twice: same answer, no second effect', async () => {
    const { app, memory, conversationId } = await queuedChat();
    const body = fixture('agent-accept.json');
    const first = await post(app, body, batonSigned(body));
    const logLength = memory.log(conversationId).length;
    const again = await post(app, body, batonSigned(body));
    expect(again.body).toBe(first.body);
    expect(memory.log(conversationId)).toHaveLength(logLength);
  });

  it.each([
    ['no signature', {}, 401, 'signature_missing'],
    ['a Baton signature with another secret', { 'x-baton-agent-signature': signBatonAgentBody(fixture('agent-accept.json'), 'nope') }, 401, 'signature_invalid'],
    ['a Zendesk signature over another timestamp', {
      'x-zendesk-webhook-signature': signZendeskBody(fixture('agent-accept.json'), '2026-01-01T00:00:00Z', TEST_SECRETS.ZENDESK_WEBHOOK_SECRET),
      'x-zendesk-webhook-signature-timestamp': '2026-12-06T09:30:00Z',
    }, 401, 'signature_invalid'],
    ['a Zendesk signature without its timestamp', { 'x-zendesk-webhook-signature': 'abc=' }, 401, 'signature_invalid'],
    // A genuine signature captured and replayed later, or made on a clock far ahead: refused by age.
    ['a genuine Zendesk signature 6 minutes old', zendeskSigned(fixture('agent-accept.json'), zendeskTime(-6 * 60_000)), 401, 'signature_expired'],
    ['a genuine Zendesk signature 6 minutes ahead', zendeskSigned(fixture('agent-accept.json'), zendeskTime(6 * 60_000)), 401, 'signature_expired'],
    ['a genuine Zendesk signature over a timestamp that is not a time', zendeskSigned(fixture('agent-accept.json'), 'yesterday'), 401, 'signature_expired'],
  ])('%s → refused, nothing applied', async (_, headers, status, code) => {
    const { app, memory } = await queuedChat();
    const res = await post(app, fixture('agent-accept.json'), headers as Record<string, string>);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(memory.calls).toHaveLength(0);
  });

  it('a bad body gets 400 naming the field by JSON pointer', async () => {
    const { app, memory } = await queuedChat();
    const body = JSON.stringify({ id: 'd-9', chatId: 'chat-42', type: 'reply', text: 7 });
    const res = await post(app, body, batonSigned(body));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_body' });
    expect(res.json().error.message).toMatch(/^\/text: /);
    expect(memory.calls).toHaveLength(0);
  });

  it('an unknown chat gets 404 naming the chatId', async () => {
    const { app } = await queuedChat();
    const body = JSON.stringify({ id: 'd-10', chatId: 'chat-unknown', type: 'resolve' });
    const res = await post(app, body, batonSigned(body));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('chat-unknown');
  });

  it('with no agent secret configured it answers 503 naming the variables', async () => {
    const { app, memory } = await queuedChat({ BATON_AGENT_WEBHOOK_SECRET: '', ZENDESK_WEBHOOK_SECRET: '' });
    const body = fixture('agent-accept.json');
    const res = await post(app, body, batonSigned(body));
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toContain('BATON_AGENT_WEBHOOK_SECRET');
    expect(memory.calls).toHaveLength(0);
  });

  it('a body over the limit gets 413 JSON', async () => {
    const { app } = await queuedChat();
    const body = JSON.stringify({ id: 'd', chatId: 'chat-42', type: 'reply', text: 'x'.repeat(300 * 1024) });
    const res = await post(app, body, batonSigned(body));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'FST_ERR_CTP_BODY_TOO_LARGE' } });
  });
});

describe('providerWebhooks registration', () => {
  it('refuses to register without its options, rather than failing on the first webhook', async () => {
    const app = Fastify();
    await expect(app.register(providerWebhooks, {} as never).ready()).rejects.toThrow('providerWebhooks needs { service, config }');
  });
});
