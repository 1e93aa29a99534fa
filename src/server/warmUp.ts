import type { FastifyInstance } from 'fastify';
import type { InputEvent } from '../schema';
import { createConversationService } from './conversations/conversationService';
import { playTurn, startConversation } from './conversations/playTurn';
import type { Database, Queryable } from './db/database';
import type { FlowRegistry } from './flows/flowRegistry';
import type { JobQueue } from './jobs/jobQueue';
import { outboxRequestsOf } from './outbox/outboxRequests';

/** A conversation's usual events: whatever path each takes in a flow, the turn code runs. */
const EVENTS: InputEvent[] = [
  { type: 'user_message', text: 'Connect me to a person' },
  { type: 'agent_accept', staffId: 'warm-up' },
  { type: 'agent_reply', text: 'Hello' },
  { type: 'agent_resolve' },
  { type: 'user_message', text: 'Thanks' },
] as InputEvent[];

/** Plays each flow this many times through the database: every statement and the driver's code run. */
const ROUNDS = 5;
/**
 * Then this many times more in memory only (the engine and the outbox's request building, no
 * database): enough for V8 to optimise the turn's engine code before the first wave of handovers,
 * at ~1 ms a turn, with nothing left behind in the tables. Each round starts at another hour of
 * the week, so flows with business hours take their open and their closed paths.
 */
const ENGINE_ROUNDS = 40;
const WEEK_START_MS = Date.UTC(2026, 0, 5); // a Monday

class RolledBack extends Error {}

/** A Database whose every query runs in one open transaction (nested transactions join it). */
function inTransaction(tx: Queryable, kind: Database['kind']): Database {
  return { kind, query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql), transaction: (body) => body(tx), close: async () => {} };
}

/**
 * Before the server says it is ready, it plays throwaway conversations on every flow it runs (start,
 * then the usual events) through the real turn code and SQL, inside transactions that are rolled
 * back, so nothing is stored, no job is queued, no request is sent; and asks its own HTTP routes for
 * a conversation that does not exist. It does so on every connection of each pool at once (`pools`:
 * the API's and the job handlers' on PostgreSQL, with their sizes), so each connection is open and
 * has prepared the turn's statements, and `prepareJobs` (the outbox's claim on an empty batch) runs on
 * each job connection. The first real events then find the engine, the statements, the pg driver, the
 * connections and the routes ready instead of paying for them in the first second of load (a wave of
 * 200 handovers opened the pool's other nine connections and parsed and planned the 2 KB turn
 * statement on each while it queued). Any failure here is only logged: a warm-up never keeps a server
 * from starting.
 */
export async function warmUp(deps: {
  pools: { db: Database; connections: number; prepareJobs?: () => Promise<unknown> }[];
  flows: FlowRegistry;
  jobs: JobQueue;
  flowIds: string[];
  app: FastifyInstance;
  apiKey: string | null;
  now: () => number;
}): Promise<void> {
  const { flows, jobs, app } = deps;
  // The first pool's first connection plays every flow ROUNDS times (compiling the code); each other one just
  // prepares the turn's statements (a start and one event), so a start stays short.
  const session = (db: Database, full: boolean) =>
    db.transaction(async (tx) => {
      const service = createConversationService({ db: inTransaction(tx, db.kind), flows, jobs, now: deps.now, webhookEnabled: true });
      for (let round = 0; round < (full ? ROUNDS : 1); round++) {
        for (const flowId of full ? deps.flowIds : deps.flowIds.slice(0, 1)) {
          const { id } = await service.create({ flowId });
          for (const event of full ? EVENTS : EVENTS.slice(0, 1)) await service.applyEvent(id, event, { cause: 'request' }).catch(() => {});
        }
      }
      throw new RolledBack();
    });
  for (const [p, pool] of deps.pools.entries()) {
    try {
      // One session per connection at once: each holds its own connection (the pool opens them all).
      const sessions = await Promise.allSettled(Array.from({ length: Math.max(1, pool.connections) }, (_, i) => session(pool.db, p === 0 && i === 0)));
      const failed = sessions.find((s) => s.status === 'rejected' && !(s.reason instanceof RolledBack));
      if (failed) throw (failed as PromiseRejectedResult).reason;
      // The connections are open and idle now: as many queries at once take one each.
      if (pool.prepareJobs) await Promise.all(Array.from({ length: pool.connections }, () => pool.prepareJobs!()));
    } catch (error) {
      app.log.warn({ err: error }, 'warm-up turns failed (the server starts anyway)');
    }
  }
  try {
    for (const flowId of deps.flowIds) {
      const flow = await flows.get(flowId, await flows.currentVersion(flowId));
      for (let round = 0; round < ENGINE_ROUNDS; round++) {
        const startAt = new Date(WEEK_START_MS + Math.floor((round * 7 * 24) / ENGINE_ROUNDS) * 3_600_000).toISOString().slice(0, 16);
        let turn = startConversation(flow, { startAt, timeZone: 'UTC' });
        let nextSeq = 1 + turn.effects.length;
        for (const [i, event] of EVENTS.entries()) {
          turn = playTurn(flow, { state: turn.state, nextSeq }, (i + 1) * 1000, event);
          nextSeq += turn.effects.length;
          outboxRequestsOf(turn.effects, turn.state);
        }
      }
    }
  } catch (error) {
    app.log.warn({ err: error }, 'warm-up turns failed (the server starts anyway)');
  }
  const headers = deps.apiKey ? { authorization: `Bearer ${deps.apiKey}` } : {};
  // The warm-up's requests are not the operator's: they stay out of the request log.
  const level = app.log.level;
  if (['trace', 'debug', 'info'].includes(level)) app.log.level = 'warn';
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await app.inject({ method: 'POST', url: '/v1/conversations/c_warm_up/events', headers, payload: EVENTS[0] });
      await app.inject({ method: 'GET', url: '/v1/conversations/c_warm_up', headers });
    }
  } finally {
    app.log.level = level;
  }
}
