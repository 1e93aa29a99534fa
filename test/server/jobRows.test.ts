import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bossAdapter } from '../../src/server/db/database';
import { QUEUES, type QueuedJob } from '../../src/server/jobs/jobQueue';
import { insertJobsCte, jobRecords, PGBOSS_SCHEMA } from '../../src/server/jobs/jobRowsSql';
import { startTestServer, type TestServer } from './harness';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/** What pg-boss stores about a job, minus its id and creation time. */
const COLUMNS = `name, data, priority, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, singleton_key, singleton_on,
  expire_in::text AS expire_in, keep_until - start_after AS kept_for, dead_letter, policy`;

describe("a turn's jobs inserted in its own statement", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({});
  });
  afterAll(async () => t?.close());

  it("makes the same job rows as pg-boss's insert, per queue, with and without a start time", async () => {
    const db = t.server.db;
    const boss = new PgBoss({ db: bossAdapter(db), schema: PGBOSS_SCHEMA });
    const at = Date.UTC(2030, 0, 1, 12);
    const jobs: QueuedJob[] = [
      { queue: QUEUES.timer, data: { conversationId: 'c_rows', atMs: at }, startAfterMs: at },
      { queue: QUEUES.outbox, data: { conversationId: 'c_rows', seq: 7 } },
      { queue: QUEUES.webhook, data: { conversationId: 'c_rows', fromSeq: 1, toSeq: 3 } },
    ];
    const ours = jobs.map((j) => ({ ...j, data: { ...j.data, by: 'statement' } }) as unknown as QueuedJob);
    const theirs = jobs.map((j) => ({ name: j.queue, data: { ...j.data, by: 'pg-boss' }, ...(j.startAfterMs === undefined ? {} : { startAfter: new Date(j.startAfterMs).toISOString() }) }));

    await db.query(`WITH jobs AS (${insertJobsCte('$1', '$2::boolean')}) SELECT 1`, [jobRecords(ours), true]);
    await boss.insert(theirs);
    // The guard: nothing is inserted when the turn's write did not happen.
    await db.query(`WITH jobs AS (${insertJobsCte('$1', '$2::boolean')}) SELECT 1`, [jobRecords(ours), false]);

    const read = async (by: string) =>
      (await db.query<Record<string, unknown>>(`SELECT ${COLUMNS} FROM ${PGBOSS_SCHEMA}.job WHERE data->>'conversationId' = 'c_rows' AND data->>'by' = $1 ORDER BY name`, [by])).rows;
    const [statement, pgBoss] = [await read('statement'), await read('pg-boss')];
    expect(statement).toHaveLength(3);
    const comparable = (rows: Record<string, unknown>[]) =>
      rows.map(({ data, start_after, ...rest }) => ({
        ...rest,
        data: { ...(data as object), by: undefined },
        // A job with no start time starts now(): the two inserts ran moments apart.
        start_after: (data as { atMs?: number }).atMs === undefined ? 'now' : new Date(start_after as string).getTime(),
      }));
    expect(comparable(statement)).toEqual(comparable(pgBoss));
    expect(comparable(statement).find((r) => (r as { name?: string }).name === QUEUES.timer)?.start_after).toBe(at);
  });
});
