import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { OPEN_HOURS, startTestServer, type TestServer } from './harness';
import { startPostgres, type TestPostgres } from './postgres';
import { expectLogMatchesReplay } from './replayConversation';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const EVENTS = [
  { type: 'user_message', text: 'Connect me to a person' },
  { type: 'agent_accept', staffId: 'dana' },
  { type: 'agent_reply', text: 'one' },
  { type: 'agent_reply', text: 'two' },
  { type: 'user_message', text: 'hello?' },
  { type: 'agent_resolve' },
];

/** Counts the turn's statements a server sends: its row reads (the quick read) and its writes. */
function countTurnStatements(db: Database): { reads: number; writes: number } {
  const counts = { reads: 0, writes: 0 };
  const query = db.query.bind(db);
  db.query = ((sql: string, params?: readonly unknown[]) => {
    if (sql.startsWith('SELECT c.id, c.flow_id')) counts.reads++;
    if (sql.startsWith('WITH updated AS')) counts.writes++;
    return query(sql, params);
  }) as Database['query'];
  return counts;
}

async function createChat(t: TestServer, chatId: string): Promise<string> {
  const created = await t.api('POST', '/v1/conversations', { scene: OPEN_HOURS, refs: { chatId } });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('the row cache (PGlite, one process)', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  const cases: { label: string; env: Record<string, string>; reads: number }[] = [
    { label: 'on', env: {}, reads: 0 },
    { label: 'off (BATON_ROW_CACHE=0)', env: { BATON_ROW_CACHE: '0' }, reads: EVENTS.length },
  ];
  for (const { label, env, reads } of cases) it(`cache ${label}: ${reads} reads of the row in six turns after this process wrote it, one write each`, async () => {
    const t = await startTestServer({ env });
    servers.push(t);
    const id = await createChat(t, 'cache-one');
    const counts = countTurnStatements(t.server.db);
    for (const event of EVENTS) expect((await t.api('POST', `/v1/conversations/${id}/events`, event)).status).toBe(200);
    expect(counts).toEqual({ reads, writes: EVENTS.length });
    await expectLogMatchesReplay(t.server.db, id);
  });
});

describe('the row cache with two processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    pg = await startPostgres();
    a = await startTestServer({ databaseUrl: pg.url });
    b = await startTestServer({ databaseUrl: pg.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await pg?.stop();
  });

  it('a row the other process moved is written once and played again on the row as it is: logs equal a replay', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await createChat(i % 2 ? a : b, `cache-two-${i}`));
    const counts = [countTurnStatements(a.server.db), countTurnStatements(b.server.db)];
    // Each conversation's events alternate between the processes, so each cache is stale on every
    // other turn; the last two events of each go through both at once.
    await Promise.all(
      ids.map(async (id, i) => {
        for (const [k, event] of EVENTS.slice(0, -2).entries()) {
          const answer = await [a, b][(i + k) % 2].api('POST', `/v1/conversations/${id}/events`, event);
          expect(answer.status).toBe(200);
        }
        const both = await Promise.all(EVENTS.slice(-2).map((event, k) => [a, b][k].api('POST', `/v1/conversations/${id}/events`, event)));
        expect(both.map((r) => r.status)).toEqual([200, 200]);
      }),
    );
    const reads = counts[0].reads + counts[1].reads;
    const writes = counts[0].writes + counts[1].writes;
    const turns = ids.length * EVENTS.length;
    // A stale row costs a write that changes nothing and hands back the row as it is, not a read:
    // reads only for rows a process never wrote (its first turn on a conversation the other created).
    expect(writes).toBeGreaterThan(turns);
    expect(reads).toBeLessThanOrEqual(ids.length);
    for (const id of ids) {
      const log = await expectLogMatchesReplay(a.server.db, id);
      expect(log.filter((e) => e.type === 'agent_says').length).toBe(2);
      const inputs = await a.server.db.query('SELECT 1 FROM inputs WHERE conversation_id = $1 AND event IS NOT NULL', [id]);
      expect(inputs.rowCount).toBe(EVENTS.length);
    }
  });
});
