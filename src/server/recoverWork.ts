import type { Database } from './db/database';
import type { JobQueue } from './jobs/jobQueue';

/**
 * On start, queue again what a crash may have left with no live job: provider requests still
 * pending with no lease (or a lease run out), and timers already due. A job whose process died is
 * retried by pg-boss too, but only once its expiry passes; these handlers are idempotent (the
 * outbox row's status and lease, the engine's own timers), so a second job for the same work is
 * harmless.
 */
export async function recoverWork(db: Database, jobs: JobQueue, nowMs: number): Promise<{ outbox: number; timers: number }> {
  return db.transaction(async (tx) => {
    const outbox = await tx.query<{ conversation_id: string; seq: number }>(
      `SELECT conversation_id, seq FROM outbox WHERE status = 'pending' AND (lease_until IS NULL OR lease_until < now())`,
    );
    for (const row of outbox.rows) await jobs.dispatchOutbox(tx, row.conversation_id, row.seq);
    const timers = await tx.query<{ id: string; timer_at: number }>('SELECT id, timer_at FROM conversations WHERE timer_at IS NOT NULL AND timer_at <= $1', [nowMs]);
    for (const row of timers.rows) await jobs.scheduleTimer(tx, row.id, row.timer_at);
    return { outbox: outbox.rows.length, timers: timers.rows.length };
  });
}
