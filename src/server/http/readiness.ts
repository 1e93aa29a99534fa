import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Queryable } from '../db/database';
import type { JobThread } from '../jobs/jobThread';
import { sendError } from './sendError';

/** How long the database may take to answer the readiness query. */
export const READY_TIMEOUT_MS = 2000;

export interface ReadinessChecks {
  database: { ok: boolean; ms?: number };
  /** Only when the job handlers run on a thread of their own (PostgreSQL). */
  jobThread?: { ok: boolean; restarts: number };
}

export type Readiness = { ok: true; checks: ReadinessChecks } | { ok: false; code: 'database_unreachable' | 'job_thread_down'; message: string; checks: ReadinessChecks };

export type ReadinessCheck = (log: FastifyBaseLogger) => Promise<Readiness>;

/** `promise`, or a rejection with code TIMEOUT once `ms` pass (the query itself is left to finish). */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'TIMEOUT' })), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A pg / Node error code (ECONNREFUSED, 57P01…): says what went wrong without a host, user or URL. */
const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : undefined;
};

/**
 * Whether this process can serve: the database answers `SELECT 1` within `timeoutMs` and, when
 * there is a job thread (`jobThread` returns it, or undefined before it started), it is running.
 * Probes that arrive while a query is still out share it, so a database that hangs does not
 * collect one waiting query per probe in the pool.
 */
export function createReadinessCheck(options: { db: Queryable; jobThread?: () => JobThread | undefined; timeoutMs?: number }): ReadinessCheck {
  const timeoutMs = options.timeoutMs ?? READY_TIMEOUT_MS;
  let inFlight: Promise<{ ok: true; ms: number } | { ok: false; error: unknown }> | undefined;

  const pingDatabase = () => {
    inFlight ??= (async () => {
      const started = performance.now();
      try {
        await withTimeout(options.db.query('SELECT 1'), timeoutMs);
        return { ok: true as const, ms: Math.round(performance.now() - started) };
      } catch (error) {
        return { ok: false as const, error };
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return async (log) => {
    const database = await pingDatabase();
    const thread = options.jobThread ? options.jobThread() : undefined;
    const checks: ReadinessChecks = {
      database: database.ok ? { ok: true, ms: database.ms } : { ok: false },
      ...(options.jobThread ? { jobThread: { ok: thread?.running ?? false, restarts: thread?.restarts ?? 0 } } : {}),
    };
    if (!database.ok) {
      log.warn({ err: database.error }, 'readiness: the database did not answer');
      const code = errorCode(database.error);
      return { ok: false, code: 'database_unreachable', message: `The database did not answer SELECT 1 (waited up to ${timeoutMs} ms)${code ? `: ${code}` : ''}; the detail is in the server log.`, checks };
    }
    if (checks.jobThread && !checks.jobThread.ok) {
      return { ok: false, code: 'job_thread_down', message: 'The job thread (outbox, timers, outbound webhook) is not running; it is started again a second after it stops.', checks };
    }
    return { ok: true, checks };
  };
}

/**
 * The probes, without an API key (probes carry none) and with nothing secret in them:
 * GET /healthz is liveness (the process answers; no database), GET /readyz is readiness
 * (200 `{ ok, checks }`, else 503 `{ error: { code, message, details: { checks } } }`).
 */
export function probeRoutes(app: FastifyInstance, ready: ReadinessCheck): void {
  // Probes come every few seconds: their requests are not logged at info, a failure still is (warn).
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ ok: true }));
  app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    const result = await ready(request.log);
    reply.header('cache-control', 'no-store');
    if (result.ok) return result;
    return sendError(reply, 503, result.code, result.message, undefined, { checks: result.checks });
  });
}
