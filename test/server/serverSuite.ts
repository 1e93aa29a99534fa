import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, OPEN_HOURS, quickDialFlow, readExample, startTestServer, waitFor, type TestServer } from './harness';

type Effect = { seq: number; at: number; type: string; [k: string]: unknown };
const types = (effects: Effect[]) => effects.map((e) => e.type);

/**
 * The server's behaviour through its HTTP API, run against embedded PGlite and against a real
 * PostgreSQL (`databaseUrl`), with providers and the outbound webhook on recording servers.
 */
export function describeServer(name: string, setup: () => Promise<{ databaseUrl?: string; teardown?: () => Promise<void> }>) {
  describe(`baton serve on ${name}`, () => {
    let t: TestServer;
    let teardown: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const db = await setup();
      teardown = db.teardown;
      t = await startTestServer({ databaseUrl: db.databaseUrl });
    });
    afterAll(async () => {
      await t?.close();
      await teardown?.();
    });

    const start = async (body: { scene?: Record<string, unknown>; [k: string]: unknown }) => {
      const res = await t.api('POST', '/v1/conversations', { ...body, scene: { ...OPEN_HOURS, ...body.scene } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string; flowId: string; flowVersion: number; effects: Effect[] };
    };
    const send = async (id: string, event: unknown, headers?: Record<string, string>) => {
      const res = await t.api('POST', `/v1/conversations/${id}/events`, event, headers);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { duplicate: boolean; effects: Effect[] };
    };
    const log = async (id: string) => (await t.api('GET', `/v1/conversations/${id}/effects`)).body.effects as Effect[];

    it('starts a conversation on the default flow, applies events and answers each turn with its effects', async () => {
      const c = await start({ scene: { channel: 'web_chat' }, refs: { chatId: 'chat-1' } });
      expect(c.flowId).toBe('chat-handover');
      expect(c.flowVersion).toBe(1);
      expect(types(c.effects)).toEqual(['conversation_started']);
      const turn = await send(c.id, { type: 'user_message', text: 'Hi, can someone real please help me?' });
      expect(types(turn.effects)).toEqual(['trigger_fired', 'assigned', 'staff_notified', 'bot_says', 'agent_context', 'handover', 'ownership_changed']);
      expect(turn.effects.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7, 8]);

      const got = await t.api('GET', `/v1/conversations/${c.id}`);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ id: c.id, flowId: 'chat-handover', flowVersion: 1, refs: { chatId: 'chat-1' }, nextSeq: 9, state: { bot: 'waiting_transfer', owner: 'human', ownership: 'pending' } });
      expect(got.body.state.clock).toEqual(OPEN_HOURS);
      // Without a startAt the conversation's clock starts on the wall clock (Hours nodes read calendars on it).
      const wall = (await t.api('POST', '/v1/conversations', {})).body;
      const wallState = (await t.api('GET', `/v1/conversations/${wall.id}`)).body;
      expect(Math.abs(Date.parse(`${wallState.state.clock.startAt}Z`) - Date.parse(wallState.createdAt))).toBeLessThan(2000);
      expect(wallState.state.clock.timeZone).toBe('UTC');
      const zoned = (await t.api('POST', '/v1/conversations', { scene: { timeZone: 'America/New_York' } })).body;
      const zonedClock = (await t.api('GET', `/v1/conversations/${zoned.id}`)).body.state.clock;
      expect(zonedClock.timeZone).toBe('America/New_York');
      expect(Math.abs(Date.parse(`${zonedClock.startAt}Z`) - Date.parse(`${wallState.state.clock.startAt}Z`))).toBeGreaterThan(3 * 3_600_000);
      const badZone = await t.api('POST', '/v1/conversations', { scene: { timeZone: 'Mars/Olympus' } });
      expect(badZone.status).toBe(400);
      expect(badZone.body.error.field).toBe('/scene/timeZone');
      expect((await log(c.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const after = await t.api('GET', `/v1/conversations/${c.id}/effects?after=4`);
      expect(after.body.effects.map((e: Effect) => e.seq)).toEqual([5, 6, 7, 8]);
    });

    it('sends the handover request from the outbox once, with an idempotency key fixed to the effect', async () => {
      const c = await start({ scene: { channel: 'web_chat' }, refs: { chatId: 'chat-outbox' } });
      const turn = await send(c.id, { type: 'user_message', text: 'Connect me to a person' });
      const handover = turn.effects.find((e) => e.type === 'handover')!;
      const sent = await waitFor(() => t.provider.requests.find((r) => r.url.includes('/chat-outbox/')), 15_000, 'the live-chat request');
      expect(sent.method).toBe('POST');
      expect(sent.url).toBe('/live-chat/conversations/chat-outbox/handover');
      expect(sent.headers['idempotency-key']).toBe(`baton-${c.id}-${handover.seq}`);
      // The engine's body, plus the agent context the server adds when the handover configures one.
      const { context, ...engineBody } = JSON.parse(sent.body);
      expect(engineBody).toEqual((handover.request as { body: unknown }).body);
      expect(context !== undefined).toBe(turn.effects.some((e) => e.type === 'agent_context'));
      const { rows } = await t.server.db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM outbox WHERE conversation_id = $1', [c.id]);
      await waitFor(async () => ((await t.server.db.query<{ status: string }>('SELECT status FROM outbox WHERE conversation_id = $1', [c.id])).rows[0].status === 'sent' ? true : undefined));
      expect(rows).toHaveLength(1);
      expect(t.provider.requests.filter((r) => r.url.includes('/chat-outbox/'))).toHaveLength(1);
    });

    it('retries a provider 5xx with the same key, then logs provider_request_failed and tells the webhook', async () => {
      t.provider.answerWith((r) => (r.url.includes('/chat-down/') ? 503 : 200));
      let refusedOnce = false;
      t.webhook.answerWith((r) => {
        if (refusedOnce || !r.body.includes('provider_request_failed')) return 200;
        refusedOnce = true;
        return 500;
      });
      const c = await start({ scene: { channel: 'web_chat' }, refs: { chatId: 'chat-down' } });
      const turn = await send(c.id, { type: 'user_message', text: 'Connect me to a person' });
      const handover = turn.effects.find((e) => e.type === 'handover')!;
      const failed = await waitFor(async () => (await log(c.id)).find((e) => e.type === 'provider_request_failed'), 30_000, 'provider_request_failed');
      const attempts = t.provider.requests.filter((r) => r.url.includes('/chat-down/'));
      expect(attempts.length).toBe(3); // the first try and BATON_RETRY_LIMIT=2 retries
      expect(new Set(attempts.map((r) => r.headers['idempotency-key']))).toEqual(new Set([`baton-${c.id}-${handover.seq}`]));
      expect(failed).toMatchObject({ seq: turn.effects[turn.effects.length - 1].seq + 1, handoverSeq: handover.seq, status: 503, attempts: 3 });
      // The receiver refuses the first delivery: it comes again, same id, same body.
      const deliveries = () => t.webhook.requests.filter((r) => JSON.parse(r.body).conversationId === c.id);
      const [refused, delivered] = await waitFor(() => (deliveries().length >= 2 ? deliveries() : undefined), 20_000, 'the outbound webhook, twice');
      expect(JSON.parse(delivered.body).effects.map((e: Effect) => e.type)).toEqual(['provider_request_failed']);
      expect(delivered.body).toBe(refused.body);
      expect(delivered.headers['x-baton-delivery']).toBe(refused.headers['x-baton-delivery']);
      expect(delivered.at - refused.at).toBeGreaterThanOrEqual(900); // BATON_RETRY_DELAY_SECONDS=1
      // The engine numbers on after the server's record.
      const next = await send(c.id, { type: 'agent_accept', staffId: 'dana' });
      expect(next.effects[0].seq).toBe(failed.seq + 1);
    });

    it('queues a timer job only when the timer moves earlier: replies that push the idle timer back queue none', async () => {
      const c = await start({ scene: { channel: 'web_chat' }, refs: { chatId: 'chat-timers' } });
      await send(c.id, { type: 'user_message', text: 'Connect me to a person' }); // the queue timeout: a job
      await send(c.id, { type: 'agent_accept', staffId: 'dana' });
      const timerAts: string[] = [];
      for (const text of ['Hi', 'Let me check', 'Done']) {
        await send(c.id, { type: 'agent_reply', text });
        timerAts.push((await t.api('GET', `/v1/conversations/${c.id}`)).body.timerAt);
      }
      // Each reply pushed the timer later …
      expect(new Set(timerAts).size).toBe(3);
      expect([...timerAts].sort()).toEqual(timerAts);
      // … and the one job queued at the handover stands for all of them (it fires early and queues the next).
      const jobs = await t.server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'baton-timer' AND data->>'conversationId' = $1`, [c.id]);
      expect(jobs.rows[0].n).toBe(1);
    });

    it('fires a timer by itself (the <Dial> timeout), logs its effects and posts them signed to the webhook', async () => {
      const c = await start({ flowId: 'voice-zendesk', scene: { channel: 'phone_voice', variables: { customer_id: '7' } }, refs: { callSid: 'CA' + 'a'.repeat(32) } });
      const turn = await send(c.id, { type: 'user_message', text: 'I want to talk to a human' });
      expect(types(turn.effects)).toContain('handover');
      const twilio = await waitFor(() => t.provider.requests.find((r) => r.url.includes('CA' + 'a'.repeat(32))), 15_000, 'the Twilio call update');
      expect(twilio.headers['i-twilio-idempotency-token']).toMatch(new RegExp(`^baton-${c.id}-\\d+$`));
      const detail = await t.api('GET', `/v1/conversations/${c.id}`);
      expect(detail.body.timerAt).not.toBeNull();

      const hook = await waitFor(() => t.webhook.requests.find((r) => JSON.parse(r.body).conversationId === c.id), 20_000, 'the timer webhook');
      const body = JSON.parse(hook.body);
      expect(body.effects.map((e: Effect) => e.type)).toEqual(expect.arrayContaining(['handover_outcome', 'bot_says']));
      expect(body.effects.find((e: Effect) => e.type === 'handover_outcome')).toMatchObject({ outcome: 'no_answer', port: 'no_answer' });
      expect(hook.headers['x-baton-signature']).toBe(`sha256=${createHmac('sha256', 'webhook-secret').update(hook.body).digest('hex')}`);
      const logged = await log(c.id);
      expect(logged.map((e) => e.seq)).toEqual(logged.map((_, i) => i + 1));
      expect(logged.filter((e) => e.type === 'handover_outcome')).toHaveLength(1);
      // That timer is spent: the next one, if any, is later.
      const nextTimer = (await t.api('GET', `/v1/conversations/${c.id}`)).body.timerAt;
      if (nextTimer !== null) expect(Date.parse(nextTimer)).toBeGreaterThan(Date.parse(detail.body.timerAt));
    });

    it('answers a retried request (same Idempotency-Key) with the first answer and changes nothing', async () => {
      const c = await start({ refs: { chatId: 'chat-idem' } });
      const first = await send(c.id, { type: 'ai_no_answer' }, { 'idempotency-key': 'k1' });
      const again = await send(c.id, { type: 'ai_no_answer' }, { 'idempotency-key': 'k1' });
      expect(again.duplicate).toBe(true);
      expect(again.effects).toEqual(first.effects);
      expect((await log(c.id)).length).toBe(1 + first.effects.length);
    });

    it('finds a conversation by a provider ref and refuses a ref already taken', async () => {
      const c = await start({ refs: { chatId: 'chat-ref' } });
      expect(await t.server.service.findByRef('chatId', 'chat-ref')).toMatchObject({ id: c.id, flowId: 'chat-handover' });
      expect(await t.server.service.findByRef('chatId', 'nobody')).toBeNull();
      const dup = await t.api('POST', '/v1/conversations', { refs: { chatId: 'chat-ref' } });
      expect(dup.status).toBe(409);
      expect(dup.body.error).toMatchObject({ code: 'ref_taken', field: '/refs/chatId' });
    });

    it('answers every error as JSON with a code, a message and the field', async () => {
      const noKey = await fetch(`${t.server.url}/v1/conversations`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(noKey.status).toBe(401);
      expect((await noKey.json()).error.code).toBe('unauthorized');
      const wrongKey = await t.api('GET', '/v1/flows', undefined, { authorization: `Bearer ${API_KEY}x` });
      expect(wrongKey.status).toBe(401);
      const c = await start({});
      const bad = await t.api('POST', `/v1/conversations/${c.id}/events`, { type: 'advance', ms: -5 });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'invalid_request', field: '/ms' });
      const unknown = await t.api('POST', '/v1/conversations', { flowId: 'nope' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toMatchObject({ code: 'not_found', field: '/flowId' });
      const extra = await t.api('POST', '/v1/conversations', { scene: { channel: 'fax' } });
      expect(extra.body.error).toMatchObject({ code: 'invalid_request', field: '/scene/channel' });
      expect((await t.api('GET', '/v1/conversations/c_missing')).body.error.code).toBe('not_found');
      const notJson = await t.api('POST', `/v1/conversations/${c.id}/events`, '{"type":');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.code).toBe('invalid_json');
      const huge = await t.api('POST', `/v1/conversations/${c.id}/events`, { type: 'user_message', text: 'x'.repeat(9000) });
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe('body_too_large');
      expect((await t.api('GET', '/v1/nowhere')).body.error.code).toBe('not_found');
      expect(t.logs.join('')).not.toContain(API_KEY);
    });

    it('serves an OpenAPI document whose event schema comes from the shared zod schema', async () => {
      const doc = await fetch(`${t.server.url}/openapi.json`).then((r) => r.json());
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/conversations', '/v1/conversations/{id}/events', '/v1/conversations/{id}/effects', '/v1/flows']));
      const variants = JSON.stringify(doc.components.schemas.InputEvent);
      for (const type of ['user_message', 'advance', 'transfer_outcome', 'agent_resolve', 'user_left']) expect(variants).toContain(type);
    });

    it('keeps a conversation on the flow version it started with; a new version and a rollback affect only new ones', async () => {
      const old = await start({ refs: { chatId: 'chat-v1' } });
      const v2doc = readExample('chat-handover.baton.json') as { nodes: { id: string; data: { text?: string } }[] };
      v2doc.nodes.find((n) => n.id === 'final_message')!.data.text = 'Version two speaking.';
      const loaded = await t.api('POST', '/v1/flows', v2doc);
      expect(loaded.status).toBe(201);
      expect(loaded.body).toMatchObject({ flowId: 'chat-handover', version: 2, current: true, created: true });
      const fresh = await start({ refs: { chatId: 'chat-v2' } });
      expect(fresh.flowVersion).toBe(2);
      const saysOld = await send(old.id, { type: 'user_message', text: 'Connect me to a person' });
      const saysNew = await send(fresh.id, { type: 'user_message', text: 'Connect me to a person' });
      expect(saysOld.effects.find((e) => e.type === 'bot_says')?.text).toBe('Thank you! Someone from the team will get back to you.');
      expect(saysNew.effects.find((e) => e.type === 'bot_says')?.text).toBe('Version two speaking.');

      const rollback = await t.api('POST', '/v1/flows/chat-handover/current', { version: 1 });
      expect(rollback.body).toMatchObject({ version: 1, current: true });
      expect((await start({})).flowVersion).toBe(1);
      expect((await t.api('POST', '/v1/flows/chat-handover/current', { version: 9 })).body.error).toMatchObject({ code: 'not_found', field: '/version' });

      const broken = readExample('chat-handover.baton.json') as { nodes: { id: string; type: string }[] };
      broken.nodes[0].type = 'teleport';
      const refused = await t.api('POST', '/v1/flows', broken);
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'flow_invalid', field: '/nodes/0/type' });
    });
  });
}

export { quickDialFlow };
