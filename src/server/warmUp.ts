import type { FastifyInstance } from 'fastify';
import type { InputEvent } from '../schema';
import { createConversationService } from './conversations/conversationService';
import type { Database, Queryable } from './db/database';
import type { FlowRegistry } from './flows/flowRegistry';
import type { JobQueue } from './jobs/jobQueue';

/** A conversation's usual events: whatever path each takes in a flow, the turn code runs. */
const EVENTS: InputEvent[] = [
  { type: 'user_message', text: 'Connect me to a person' },
  { type: 'agent_accept', staffId: 'warm-up' },
  { type: 'agent_reply', text: 'Hello' },
  { type: 'agent_resolve' },
  { type: 'user_message', text: 'Thanks' },
] as InputEvent[];

/** Plays each flow this many times: enough for V8 to compile the turn's code, not to hold up a start. */
const ROUNDS = 5;

class RolledBack extends Error {}

/** A Database whose every query runs in one open transaction (nested transactions join it). */
function inTransaction(tx: Queryable, kind: Database['kind']): Database {
  return { kind, query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql), transaction: (body) => body(tx), close: async () => {} };
}

/**
 * Before the server says it is ready, it plays throwaway conversations on every flow it runs (start,
 * then the usual events) through the real turn code and SQL, inside a transaction that is rolled
 * back, so nothing is stored, no job is queued, no request is sent; and asks its own HTTP routes for
 * a conversation that does not exist. The first real events then find the engine, the turn's
 * statements, the pg driver and the routes compiled instead of paying for it in the first second
 * of load. Any failure here is only logged: a warm-up never keeps a server from starting.
 */
export async function warmUp(deps: { db: Database; flows: FlowRegistry; jobs: JobQueue; flowIds: string[]; app: FastifyInstance; apiKey: string | null; now: () => number }): Promise<void> {
  const { db, flows, jobs, app } = deps;
  try {
    await db.transaction(async (tx) => {
      const service = createConversationService({ db: inTransaction(tx, db.kind), flows, jobs, now: deps.now, webhookEnabled: true });
      for (let round = 0; round < ROUNDS; round++) {
        for (const flowId of deps.flowIds) {
          const { id } = await service.create({ flowId });
          for (const event of EVENTS) await service.applyEvent(id, event, { cause: 'request' }).catch(() => {});
        }
      }
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) app.log.warn({ err: error }, 'warm-up turns failed (the server starts anyway)');
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
