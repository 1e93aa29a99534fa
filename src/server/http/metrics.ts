import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Queryable } from '../db/database';
import type { JobThread } from '../jobs/jobThread';
import { withTimeout } from './readiness';

export interface MetricsSources {
  db: Queryable;
  /** The job thread, when the job handlers run on one (PostgreSQL); undefined before it started. */
  jobThread?: () => JobThread | undefined;
  /** Where a failed database read goes (the server's log). */
  onError?: (error: unknown) => void;
}

/** How long a scrape waits for each database read before it reports without it. */
const READ_TIMEOUT_MS = 5000;

/** Queued work per queue: pg-boss's jobs not finished yet (created, retry, active), read at scrape time. */
const JOBS_SQL = `SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`;
/** Outbox rows by status (pending | sent | failed); rows are kept, so this reads the table once per scrape. */
const OUTBOX_SQL = `SELECT status, count(*)::int AS count FROM outbox GROUP BY status`;

/**
 * The server's Prometheus metrics, in a registry of its own (several servers can share a process
 * in tests): request durations by route pattern, outbox rows and queued jobs read from the
 * database when scraped, the job thread's state and restarts, and prom-client's process metrics.
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'baton_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern (unmatched: no route) and status code, seconds until the answer was sent.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  let failedReads = 0;
  const readRows = async <R>(sql: string): Promise<R[] | undefined> => {
    try {
      return (await withTimeout(sources.db.query<R>(sql), READ_TIMEOUT_MS)).rows;
    } catch (error) {
      failedReads++;
      sources.onError?.(error);
      return undefined;
    }
  };
  // One scrape collects every metric at once: its gauges and the error counter share one read.
  let reading: Promise<{ outbox?: { status: string; count: number }[]; jobs?: { name: string; state: string; count: number }[] }> | undefined;
  const readDatabase = () =>
    (reading ??= Promise.all([readRows<{ status: string; count: number }>(OUTBOX_SQL), readRows<{ name: string; state: string; count: number }>(JOBS_SQL)])
      .then(([outbox, jobs]) => ({ outbox, jobs }))
      .finally(() => (reading = undefined)));

  new Gauge({
    name: 'baton_outbox_rows',
    help: 'Outbox rows (provider requests) by status: pending, sent, failed.',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const rows = (await readDatabase()).outbox;
      this.reset();
      if (!rows) return;
      for (const status of ['pending', 'sent', 'failed']) this.set({ status }, 0);
      for (const row of rows) this.set({ status: row.status }, row.count);
    },
  });

  new Gauge({
    name: 'baton_jobs',
    help: 'Jobs not finished by queue (baton-timer, baton-outbox, baton-webhook) and pg-boss state (created, retry, active).',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const rows = (await readDatabase()).jobs;
      this.reset();
      for (const row of rows ?? []) this.set({ queue: row.name, state: row.state }, row.count);
    },
  });

  new Counter({
    name: 'baton_metrics_database_errors_total',
    help: 'Database reads of scrapes (outbox rows, jobs) that failed or timed out; their gauges are then empty.',
    registers: [registry],
    async collect() {
      await readDatabase();
      this.reset();
      this.inc(failedReads);
    },
  });

  if (sources.jobThread) {
    const thread = sources.jobThread;
    new Gauge({
      name: 'baton_job_thread_up',
      help: '1 while the job thread runs, 0 from its crash until it is started again.',
      registers: [registry],
      collect() {
        this.set(thread()?.running ? 1 : 0);
      },
    });
    new Counter({
      name: 'baton_job_thread_restarts_total',
      help: 'Times the job thread was started again after it died.',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(thread()?.restarts ?? 0);
      },
    });
  }

  return {
    /** Times every answer (a root onResponse hook) under its route pattern, never the raw URL. */
    observeRequests(app: FastifyInstance) {
      app.addHook('onResponse', async (request, reply) => {
        const route = request.routeOptions.url ?? '(unmatched)';
        requests.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
      });
    },
    /** GET /metrics in Prometheus's text format; register it where the API key is checked. */
    route(scope: FastifyInstance) {
      scope.get('/metrics', async (_request, reply) => {
        const text = await registry.metrics();
        return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(text);
      });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
