import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Effect } from '../../src/runtime';
import type { Database } from '../../src/server/db/database';
import { openPostgres } from '../../src/server/db/openPostgres';
import { childEnv, post, writeFlowDir } from './crashHelpers';
import { OPEN_HOURS, waitFor } from './harness';
import { startPostgres, type TestPostgres } from './postgres';
import { startRecordingServer } from './recordingServer';
import { expectLogMatchesReplay } from './replayConversation';
import { spawnServer, type ServerProcess } from './spawnServer';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

const CHATS = 24;
const CALLS = 6;
const CHAT_EVENTS = [
  { type: 'user_message', text: 'Connect me to a person' },
  { type: 'ai_answer_failed' },
  { type: 'agent_accept', staffId: 'dana' },
  { type: 'agent_reply', text: 'one' },
  { type: 'agent_reply', text: 'two' },
  { type: 'user_message', text: 'hello?' },
  { type: 'agent_resolve' },
  { type: 'ai_no_answer' },
];

describe('two server processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  let db: Database;
  let provider: Awaited<ReturnType<typeof startRecordingServer>>;
  let webhook: Awaited<ReturnType<typeof startRecordingServer>>;
  let flowDir: string;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    pg = await startPostgres();
    provider = await startRecordingServer();
    webhook = await startRecordingServer();
    flowDir = writeFlowDir();
    const env = childEnv(pg.url, provider.url, `${webhook.url}/hook`);
    // Both start at once: migrations and flow loading meet under their advisory locks.
    servers.push(...(await Promise.all([spawnServer([flowDir, '--port', '0'], env), spawnServer([flowDir, '--port', '0'], env)])));
    db = await openPostgres(pg.url, 2);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    await db?.close();
    await provider?.close();
    await webhook?.close();
    await pg?.stop();
    rmSync(flowDir, { recursive: true, force: true });
  });

  it('applies concurrent events (each sent through both processes) one at a time: logs gap-free, equal to a replay, timers fired once', async () => {
    const [a, b] = servers;
    const flows = (await db.query<{ flow_id: string; version: number }>('SELECT flow_id, version FROM flow_versions ORDER BY flow_id')).rows;
    expect(flows).toEqual([{ flow_id: 'chat-handover', version: 1 }, { flow_id: 'voice-zendesk', version: 1 }]);

    const chats: string[] = [];
    for (let i = 0; i < CHATS; i++) chats.push((await post(`${(i % 2 ? a : b).url}/v1/conversations`, { scene: OPEN_HOURS, refs: { chatId: `two-${i}` } })).body.id);
    const calls: string[] = [];
    for (let i = 0; i < CALLS; i++) {
      calls.push((await post(`${(i % 2 ? a : b).url}/v1/conversations`, { flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: `CA${String(i).padStart(32, '7')}` } })).body.id);
    }

    // Every event of every conversation at once, each through A and through B with the same key.
    const sends = [
      ...chats.flatMap((id) => CHAT_EVENTS.map((event, k) => ({ id, event, key: `e${k}` }))),
      ...calls.map((id) => ({ id, event: { type: 'user_message', text: 'I want to talk to a human' }, key: 'e0' })),
    ];
    const answers = await Promise.all(
      sends.map(async (s) => {
        const [viaA, viaB] = await Promise.all([a, b].map((server) => post(`${server.url}/v1/conversations/${s.id}/events`, s.event, { 'idempotency-key': s.key })));
        return { ...s, viaA, viaB };
      }),
    );
    for (const { viaA, viaB } of answers) {
      expect([viaA.status, viaB.status]).toEqual([200, 200]);
      expect([viaA.body.duplicate, viaB.body.duplicate].sort()).toEqual([false, true]);
      expect(viaA.body.effects).toEqual(viaB.body.effects);
    }

    await waitFor(async () => ((await db.query(`SELECT 1 FROM outbox WHERE status <> 'sent'`)).rowCount === 0 ? true : undefined), 30_000, 'the outbox to drain');
    await waitFor(async () => ((await db.query(`SELECT 1 FROM conversations WHERE id = ANY($1) AND state->>'endedReason' IS NULL`, [calls])).rowCount === 0 ? true : undefined), 45_000, 'every call to end');

    for (const id of [...chats, ...calls]) {
      const log = await expectLogMatchesReplay(db, id);
      const inputs = (await db.query('SELECT 1 FROM inputs WHERE conversation_id = $1 AND event IS NOT NULL', [id])).rowCount;
      expect(inputs).toBe(calls.includes(id) ? 1 : CHAT_EVENTS.length);
      if (calls.includes(id)) {
        expect(log.filter((e): e is Extract<Effect, { type: 'handover_outcome' }> => e.type === 'handover_outcome').map((e) => e.outcome)).toEqual(['no_answer', 'no_answer']);
      }
    }
    const keys = (await db.query<{ idempotency_key: string }>('SELECT idempotency_key FROM outbox')).rows.map((r) => r.idempotency_key);
    const sent = provider.requests.map((r) => String(r.headers['idempotency-key'] ?? r.headers['i-twilio-idempotency-token']));
    expect(new Set(sent)).toEqual(new Set(keys));
  });
});
