import { describe, expect, it } from 'vitest';
import { readMessengerDelivery } from '../../../src/server/webhooks/readMessengerDelivery';
import { fixture, hubSignature, startWebhookApp } from './webhookHarness';

type App = Awaited<ReturnType<typeof startWebhookApp>>['app'];
const PSID = '1254477777772919';

const post = (app: App, body: string, headers: Record<string, string> = { 'x-hub-signature-256': hubSignature(body) }) =>
  app.inject({ method: 'POST', url: '/webhooks/messenger', payload: body, headers: { 'content-type': 'application/json', ...headers } });

describe('GET /webhooks/messenger (verification request)', () => {
  it('echoes hub.challenge when the verify token matches (Meta docs fixture)', async () => {
    const { app } = await startWebhookApp();
    const res = await app.inject({ method: 'GET', url: `/webhooks/messenger?${fixture('messenger-verify-query.txt')}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('1158201444');
  });

  it('refuses a wrong token with 403 JSON', async () => {
    const { app } = await startWebhookApp();
    const res = await app.inject({ method: 'GET', url: '/webhooks/messenger?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'verification_failed' } });
    expect(res.body).not.toContain('meatyhamhock');
  });
});

describe('POST /webhooks/messenger', () => {
  it('a signed message starts a conversation on the psid and hands it to the Page Inbox', async () => {
    const { app, memory } = await startWebhookApp();
    const res = await post(app, fixture('messenger-message.json'));

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, handled: 1 });
    const conversation = await memory.service.findByRef('psid', PSID);
    expect(conversation?.refs).toEqual({ psid: PSID, pageId: '682498302938465' });
    expect(memory.calls).toEqual([
      { conversationId: conversation!.id, event: { type: 'user_message', text: 'I want to talk to a human' }, dedupeKey: 'messenger:mid:mid.1457764197618:41d102a3e1ae206a38' },
    ]);
    const handover = memory.log(conversation!.id).find((e) => e.type === 'handover');
    expect(handover).toMatchObject({ destination: 'messenger', request: { path: '/me/messages', body: { thread_control: { control_type: 'pass' } } } });
  });

  it('the same delivery twice (same mid): same answer, one conversation, no second effect', async () => {
    const { app, memory } = await startWebhookApp();
    const body = fixture('messenger-message.json');
    const first = await post(app, body);
    const id = (await memory.service.findByRef('psid', PSID))!.id;
    const logLength = memory.log(id).length;
    const again = await post(app, body);

    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(memory.count()).toBe(1);
    expect(memory.log(id)).toHaveLength(logLength);
  });

  // Meta's messaging_handovers reference: pass_thread_control "will occur when thread ownership for a
  // user has been passed to your application" — ownership, not resolution: the agent released it.
  it('thread control passed back to this app by the Page Inbox → agent_release (the bot takes the thread back from the Resolved port)', async () => {
    const { app, memory } = await startWebhookApp();
    await post(app, fixture('messenger-message.json'));
    const id = (await memory.service.findByRef('psid', PSID))!.id;
    const res = await post(app, fixture('messenger-pass-thread-control.json'));

    expect(res.json()).toEqual({ ok: true, handled: 1 });
    expect(memory.calls.at(-1)).toMatchObject({ conversationId: id, event: { type: 'agent_release' } });
    expect(memory.log(id).find((e) => e.type === 'conversation_released')).toMatchObject({ by: 'agent' });
    expect(memory.log(id).some((e) => e.type === 'conversation_resolved')).toBe(false);
    expect(memory.log(id).find((e) => e.type === 'handover_outcome' && e.outcome === 'resolved')).toMatchObject({ port: 'resolved' });
  });

  it('echoes and standby traffic are answered 200 and change nothing', async () => {
    const { app, memory } = await startWebhookApp();
    for (const name of ['messenger-echo.json', 'messenger-standby.json']) {
      const res = await post(app, fixture(name));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, handled: 0 });
    }
    const unknown = await post(app, JSON.stringify({ object: 'instagram', entry: [] }));
    expect(unknown.statusCode).toBe(200);
    expect(memory.calls).toHaveLength(0);
    expect(memory.count()).toBe(0);
  });

  it.each([
    ['missing', {}, 'signature_missing'],
    ['signed with another secret', { 'x-hub-signature-256': hubSignature(fixture('messenger-message.json'), 'other-secret') }, 'signature_invalid'],
    ['SHA-1 only', { 'x-hub-signature': 'sha1=0000' }, 'signature_missing'],
    ['over another body', { 'x-hub-signature-256': hubSignature('{}') }, 'signature_invalid'],
  ])('a %s signature → 401 JSON, no conversation, no apply', async (_, headers, code) => {
    const { app, memory } = await startWebhookApp();
    const res = await post(app, fixture('messenger-message.json'), headers as Record<string, string>);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(memory.calls).toHaveLength(0);
    expect(memory.count()).toBe(0);
  });

  it('a pass to another app, or back to the Page Inbox, is not the agent finishing', () => {
    const passed = JSON.parse(fixture('messenger-pass-thread-control.json'));
    expect(readMessengerDelivery(passed, '999')).toEqual([{ kind: 'ignored', reason: 'thread passed to another app' }]);
    passed.entry[0].messaging[0].pass_thread_control.new_owner_app_id = '263902037430900';
    expect(readMessengerDelivery(passed, undefined)).toEqual([{ kind: 'ignored', reason: 'thread passed to another app' }]);
  });

  it('reads every event of a batched delivery, in order', () => {
    const message = JSON.parse(fixture('messenger-message.json'));
    const echo = JSON.parse(fixture('messenger-echo.json'));
    const handover = JSON.parse(fixture('messenger-pass-thread-control.json'));
    const batch = { object: 'page', entry: [message.entry[0], { ...echo.entry[0], messaging: [...echo.entry[0].messaging, ...handover.entry[0].messaging] }] };
    expect(readMessengerDelivery(batch, '123456789').map((i) => i.kind)).toEqual(['message', 'ignored', 'thread_returned']);
  });
});
