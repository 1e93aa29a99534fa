import type { QueuedJob } from './jobQueue';

/** The schema pg-boss keeps its tables in (startJobs creates it there). */
export const PGBOSS_SCHEMA = 'pgboss';

/**
 * A data-modifying CTE body that inserts a turn's jobs into pg-boss's job table as part of the
 * turn's own statement, so a turn that queues jobs is one round trip, like one that queues none.
 * It is pg-boss 10's `insert` (src/plans.js, insertJobs) cut down to what the server sends (name,
 * data, start time): each queue's retry policy, expiry, retention, dead letter and policy come from
 * its row in `queue`, with pg-boss's own fall-backs. `jobsParam` is the placeholder of the JSON from
 * `jobRecords`; `guard` a condition the rows are inserted under (the turn's write happened).
 * test/server/jobRows.test.ts checks the rows equal those pg-boss's insert makes.
 */
export function insertJobsCte(jobsParam: string, guard: string): string {
  return `INSERT INTO ${PGBOSS_SCHEMA}.job (id, name, data, priority, start_after, dead_letter, expire_in, keep_until, retry_limit, retry_delay, retry_backoff, policy)
       SELECT gen_random_uuid(), j.name, j.data, 0, j.start_after, q.dead_letter,
         CASE WHEN q.expire_seconds IS NOT NULL THEN q.expire_seconds * interval '1s' ELSE interval '15 minutes' END,
         j.start_after + CAST(COALESCE((q.retention_minutes * 60)::text, '14 days') AS interval),
         COALESCE(q.retry_limit, 2),
         CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(q.retry_delay, 1) ELSE COALESCE(q.retry_delay, 0) END,
         COALESCE(q.retry_backoff, false), q.policy
       FROM (SELECT x.name, x.data, COALESCE(x.start_after, now()) AS start_after
             FROM jsonb_to_recordset(${jobsParam}::jsonb) AS x (name text, data jsonb, start_after timestamptz)) j
       JOIN ${PGBOSS_SCHEMA}.queue q ON q.name = j.name
       WHERE ${guard}
       ON CONFLICT DO NOTHING`;
}

/** The JSON `insertJobsCte` reads: one record per job. */
export function jobRecords(jobs: readonly QueuedJob[]): string {
  return JSON.stringify(
    jobs.map((j) => ({ name: j.queue, data: j.data, start_after: j.startAfterMs === undefined ? null : new Date(j.startAfterMs).toISOString() })),
  );
}
