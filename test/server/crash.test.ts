import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Effect } from '../../src/runtime';
import { openPostgres } from '../../src/server/db/openPostgres';
import type { Database } from '../../src/server/db/database';
import { CHAT_STEPS, childEnv, pool, post, VOICE_STEPS, writeFlowDir, type Scripted } from './crashHelpers';
import { OPEN_HOURS, waitFor } from './harness';
import { startPostgres, type TestPostgres } from './postgres';
import { startRecordingServer } from './recordingServer';
import { expectLogMatchesReplay } from './replayConversation';
import { spawnServer, type ServerProcess } from './spawnServer';

vi.setConfig({ testTimeout: 150_000, hookTimeout: 60_000 });

const CONVERSATIONS = 200;
const VOICE_EVERY = 4; // every 4th conversation is a phone call whose <Dial> timers fire by themselves

describe('kill -9 mid-load (PostgreSQL, server as a child process)', () => {
  let pg: TestPostgres;
  let db: Database;
  let provider: Awaited<ReturnType<typeof startRecordingServer>>;
  let webhook: Awaited<ReturnType<typeof startRecordingServer>>;
  let flowDir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    pg = await startPostgres();
    provider = await startRecordingServer();
    webhook = await startRecordingServer();
    flowDir = writeFlowDir();
  });
  afterAll(async () => {
    if (server) await server.kill('SIGKILL');
    await db?.close();
    await provider?.close();
    await webhook?.close();
    await pg?.stop();
    rmSync(flowDir, { recursive: true, force: true });
  });

  it('loses, duplicates and re-keys nothing: every conversation continues after the restart, due timers fire once', async () => {
    const env = childEnv(pg.url, provider.url, `${webhook.url}/hook`);
    const args = [flowDir, '--port', '0'];
    server = await spawnServer(args, env);

    // 200 conversations, each with a provider ref the outbox fills its request from.
    const convs: Scripted[] = Array.from({ length: CONVERSATIONS }, (_, i) => {
      const voice = i % VOICE_EVERY === 0;
      return { id: '', kind: voice ? 'voice' : 'chat', key: voice ? `CA${String(i).padStart(32, '0')}` : `crash-chat-${i}`, steps: voice ? VOICE_STEPS : CHAT_STEPS, answers: new Map() };
    });
    await pool(convs, 16, async (conv) => {
      const body = conv.kind === 'voice' ? { flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: conv.key } } : { scene: OPEN_HOURS, refs: { chatId: conv.key } };
      const res = await post(`${server!.url}/v1/conversations`, body);
      expect(res.status).toBe(201);
      conv.id = res.body.id;
    });

    // Drive every conversation's steps, 16 requests in flight; kill -9 the server at about 40 %.
    const total = convs.reduce((n, c) => n + c.steps.length, 0);
    let done = 0;
    let killed = false;
    const pending: { conv: Scripted; step: number }[] = [];
    const sendStep = async (conv: Scripted, step: number, url: string) => {
      const res = await post(`${url}/v1/conversations/${conv.id}/events`, conv.steps[step].event, { 'idempotency-key': `step-${step}` });
      if (res.status === 200) conv.answers.set(step, res.body.effects);
      return res.status;
    };
    await pool(convs, 16, async (conv) => {
      for (let step = 0; step < conv.steps.length; step++) {
        if (killed) {
          pending.push({ conv, step });
          continue;
        }
        const status = await sendStep(conv, step, server!.url);
        if (status !== 200) {
          expect(status, 'only a dead server may fail a request').toBe(0);
          pending.push({ conv, step });
          continue;
        }
        if (++done >= total * 0.4 && !killed) {
          killed = true;
          server!.child.kill('SIGKILL');
        }
      }
    });
    await server.exited;
    expect(pending.length).toBeGreaterThan(0);

    // Restart on the same database; re-send what did not get an answer, with the same keys, in order.
    server = await spawnServer(args, env);
    const byConv = new Map<Scripted, number[]>();
    for (const p of pending) byConv.set(p.conv, [...(byConv.get(p.conv) ?? []), p.step]);
    await pool([...byConv.entries()], 16, async ([conv, steps]) => {
      for (const step of steps.sort((a, b) => a - b)) expect(await sendStep(conv, step, server!.url)).toBe(200);
    });

    db = await openPostgres(pg.url, 2);
    // Every provider request sent; every phone call's two <Dial> timeouts fired and the call ended.
    await waitFor(async () => ((await db.query(`SELECT 1 FROM outbox WHERE status <> 'sent'`)).rowCount === 0 ? true : undefined), 60_000, 'the outbox to drain');
    const voiceIds = convs.filter((c) => c.kind === 'voice').map((c) => c.id);
    await waitFor(async () => ((await db.query(`SELECT 1 FROM conversations WHERE id = ANY($1) AND state->>'endedReason' IS NULL`, [voiceIds])).rowCount === 0 ? true : undefined), 60_000, 'every call to end');

    const outbox = (await db.query<{ conversation_id: string; seq: number; idempotency_key: string }>('SELECT conversation_id, seq, idempotency_key FROM outbox')).rows;
    const keys = new Set(outbox.map((o) => o.idempotency_key));
    for (const conv of convs) {
      const log = await expectLogMatchesReplay(db, conv.id);
      // Each scripted event applied exactly once.
      const applied = (await db.query<{ n: number }>('SELECT n FROM inputs WHERE conversation_id = $1 AND event IS NOT NULL', [conv.id])).rows;
      expect(applied.length, conv.id).toBe(conv.steps.length);
      // Every answer the client got is in the log as it was told.
      for (const effects of conv.answers.values()) for (const e of effects) expect(log[e.seq - 1]).toEqual(e);
      const handovers = log.filter((e) => e.type === 'handover');
      expect(handovers.length, conv.id).toBe(conv.kind === 'voice' ? 2 : 1);
      // An outbox row per handover, and per queue message a chat waiting longer than its interval sent (server/outbox/outboxRequests.ts).
      const sends = log.filter((e) => e.type === 'handover' || (conv.kind !== 'voice' && (e.type === 'waiting_message' || e.type === 'callback_offered')));
      expect(outbox.filter((o) => o.conversation_id === conv.id).map((o) => o.seq).sort()).toEqual(sends.map((h) => h.seq).sort());
      // The provider saw this conversation's requests only with its outbox rows' keys.
      const seen = new Set(provider.requests.filter((r) => r.url.includes(`/${conv.key}/`) || r.url.includes(`/${conv.key}.json`)).map((r) => String(r.headers['idempotency-key'] ?? r.headers['i-twilio-idempotency-token'])));
      expect([...seen].sort()).toEqual(handovers.map((h) => `baton-${conv.id}-${h.seq}`).sort());
      if (conv.kind === 'voice') {
        const outcomes = log.filter((e): e is Extract<Effect, { type: 'handover_outcome' }> => e.type === 'handover_outcome');
        expect(outcomes.map((o) => o.outcome)).toEqual(['no_answer', 'no_answer']);
        expect(log.filter((e) => e.type === 'conversation_ended')).toHaveLength(1);
      }
    }
    for (const r of provider.requests) expect(keys.has(String(r.headers['idempotency-key'] ?? r.headers['i-twilio-idempotency-token']))).toBe(true);

    // Timer effects reached the outbound webhook (at least once; a redelivery carries the same body).
    const timerEffects = (await db.query<{ conversation_id: string; seq: number }>(`SELECT conversation_id, seq FROM effects WHERE cause = 'timer'`)).rows;
    await waitFor(() => {
      const delivered = new Set(webhook.requests.flatMap((r) => {
        const body = JSON.parse(r.body);
        return body.effects.map((e: Effect) => `${body.conversationId}:${e.seq}`);
      }));
      return timerEffects.every((t) => delivered.has(`${t.conversation_id}:${t.seq}`)) ? true : undefined;
    }, 30_000, 'timer effects at the webhook');
    const bodies = new Map<string, string>();
    for (const r of webhook.requests) {
      const id = String(r.headers['x-baton-delivery']);
      if (bodies.has(id)) expect(r.body).toBe(bodies.get(id));
      bodies.set(id, r.body);
    }
  });
});
