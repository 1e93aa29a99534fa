import PgBoss from 'pg-boss';
import { bossAdapter, type Database } from '../db/database';
import { outboxJob, QUEUES, timerJob, webhookJob, type JobQueue, type OutboxJob, type TimerJob, type WebhookJob } from './jobQueue';

/** Jobs one worker takes per fetch. */
const JOBS_PER_FETCH = 20;

export interface JobsConfig {
  /** Attempts after the first, for provider requests and outbound webhooks. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss retryBackoff). */
  retryDelaySeconds: number;
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds: number;
  /** A job still active this long after it started (its process died) is retried. */
  expireInSeconds: number;
  /** Workers per queue in this process. */
  concurrency: number;
  /**
   * Whether this pg-boss runs maintenance (expiring the jobs of a dead process, archiving); default
   * true. The server's thread says false when the job thread (which does) runs beside it.
   */
  supervise?: boolean;
}

export interface JobHandlers {
  timer(job: TimerJob): Promise<void>;
  /** A fetched batch of outbox jobs at once; per job, null (done) or the error to fail it with. */
  outbox(batch: { job: OutboxJob; retryCount: number; retryLimit: number }[]): Promise<(Error | null)[]>;
  webhook(job: WebhookJob, attempt: { retryCount: number; retryLimit: number }): Promise<void>;
}

export interface Jobs extends JobQueue {
  work(handlers: JobHandlers): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss on the server's own database: on PostgreSQL through its connection string, on PGlite
 * through the `db` option (its single connection). Jobs are sent with the turn's transaction
 * (`db: tx`), so they exist exactly when the turn does.
 */
export async function startJobs(db: Database, databaseUrl: string | undefined, config: JobsConfig, onError: (error: Error) => void): Promise<Jobs> {
  const boss = new PgBoss({
    ...(databaseUrl ? { connectionString: databaseUrl, max: Math.max(2, config.concurrency) } : { db: bossAdapter(db) }),
    schema: 'pgboss',
    // Maintenance (expiring jobs whose worker died, archiving) runs this often.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, config.expireInSeconds)),
    monitorStateIntervalSeconds: 60,
    schedule: false,
    supervise: config.supervise ?? true,
  });
  boss.on('error', onError);
  await boss.start();
  const retry = { retryLimit: config.retryLimit, retryDelay: config.retryDelaySeconds, retryBackoff: true, expireInSeconds: config.expireInSeconds };
  for (const name of Object.values(QUEUES)) {
    // Two processes starting at once may deadlock in pg-boss's create_queue: try again shortly.
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(name, { name, ...retry });
        await boss.updateQueue(name, { name, ...retry });
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 6 || (code !== '40P01' && code !== '23505')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt * (1 + Math.random())));
      }
    }
  }

  // pg-boss's insert: one multi-row statement through the turn's transaction; each queue's retry
  // policy and expiry come from its row (createQueue above), as with send.
  const queueAll: JobQueue['queueAll'] = async (tx, jobs) => {
    if (jobs.length === 0) return;
    const rows = jobs.map((j) => ({ name: j.queue, data: j.data, ...(j.startAfterMs === undefined ? {} : { startAfter: new Date(j.startAfterMs).toISOString() }) }));
    await boss.insert(rows, { db: bossAdapter(tx) });
  };

  return {
    queueAll,
    scheduleTimer: (tx, conversationId, atMs) => queueAll(tx, [timerJob(conversationId, atMs)]),
    dispatchOutbox: (tx, conversationId, seq, notBeforeMs) => queueAll(tx, [outboxJob(conversationId, seq, notBeforeMs)]),
    deliverWebhook: (tx, conversationId, fromSeq, toSeq) => queueAll(tx, [webhookJob(conversationId, fromSeq, toSeq)]),

    async work(handlers) {
      // pg-boss waits a polling interval between fetches even when busy, so each fetch takes a
      // batch, run concurrently; a job that fails is failed alone (pg-boss then completes the rest).
      const options = { pollingIntervalSeconds: config.pollingIntervalSeconds, batchSize: JOBS_PER_FETCH, includeMetadata: true as const };
      const runBatch = <T extends object>(name: string, handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>) => async (batch: PgBoss.JobWithMetadata<T>[]) => {
        const results = await Promise.allSettled(batch.map((job) => handle(job)));
        await Promise.all(
          results.map((r, i) => (r.status === 'rejected' ? boss.fail(name, batch[i].id, { message: r.reason instanceof Error ? r.reason.message : String(r.reason) }) : null)),
        );
      };
      // PGlite runs every query on this thread, one at a time: more workers only add polls that stop
      // everything else (each poll is a query), so it gets one worker per queue.
      const workers = databaseUrl ? config.concurrency : 1;
      for (let i = 0; i < workers; i++) {
        await boss.work<TimerJob>(QUEUES.timer, options, runBatch<TimerJob>(QUEUES.timer, (job) => handlers.timer(job.data)));
        await boss.work<OutboxJob>(QUEUES.outbox, options, async (batch: PgBoss.JobWithMetadata<OutboxJob>[]) => {
          // The outbox takes the batch whole: one statement claims its rows, one marks them sent.
          const errors = await handlers.outbox(batch.map((job) => ({ job: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit })));
          await Promise.all(errors.map((error, i) => (error ? boss.fail(QUEUES.outbox, batch[i].id, { message: error.message }) : null)));
        });
        await boss.work<WebhookJob>(QUEUES.webhook, options, runBatch<WebhookJob>(QUEUES.webhook, (job) => handlers.webhook(job.data, job)));
      }
    },
    stop: () => boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 }),
  };
}
