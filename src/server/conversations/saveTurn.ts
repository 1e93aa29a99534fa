import type { Effect } from '../../runtime';
import type { InputEvent } from '../../schema';
import { prepared, type Queryable } from '../db/database';
import { outboxJob, timerJob as timerJobOf, webhookJob, type QueuedJob } from '../jobs/jobQueue';
import { insertJobsCte, jobRecords } from '../jobs/jobRowsSql';
import { outboxRequestsOf } from '../outbox/outboxRequests';
import type { ConversationRow } from './conversationService';
import type { TurnResult } from './playTurn';

/** Who caused a turn: an API request (its answer carries the effects), a provider webhook, a timer. */
export type TurnCause = 'request' | 'provider' | 'timer';

/** The idempotency key a provider request keeps on every attempt: fixed per outbox row. */
export const idempotencyKeyOf = (conversationId: string, seq: number) => `baton-${conversationId}-${seq}`;

/** The columns of a ConversationRow, as `c`: listed, since a prepared statement's plan outlives `c.*`. */
export const ROW_COLUMNS = 'c.id, c.flow_id, c.flow_version, c.state, c.next_seq, c.next_input, c.origin_ms, c.timer_at, c.timer_job_at, c.refs, c.created_at, c.updated_at';

/**
 * A turn's one statement (see saveTurn): the guarded write of the row, then its input, effects,
 * outbox rows and pg-boss jobs only if that write happened; if it did not (the row moved since the
 * turn read it), the row as it is now, so the turn can be played again without another read.
 * Prepared: it runs on every turn.
 */
const SAVE_TURN_SQL = prepared(`WITH updated AS (
    UPDATE conversations SET state = $2, next_seq = $3, next_input = $4, timer_at = $5, updated_at = now(),
      timer_job_at = CASE WHEN $14::boolean THEN $15::float8 ELSE timer_job_at END
    WHERE id = $1 AND next_seq = $10 AND next_input = $6 AND timer_job_at IS NOT DISTINCT FROM $18::float8
    RETURNING 1
  ), input AS (
    INSERT INTO inputs (conversation_id, n, clock, event, dedupe_key, first_seq, next_seq)
    SELECT $1::text, $6::int, $7::float8, $8::jsonb, $9::text, $10::int, $3::int WHERE $11::boolean AND EXISTS (SELECT 1 FROM updated)
  ), stored AS (
    INSERT INTO effects (conversation_id, seq, type, effect, cause)
    SELECT $1::text, (e->>'seq')::int, e->>'type', e, $12::text FROM jsonb_array_elements($13::jsonb) AS e WHERE EXISTS (SELECT 1 FROM updated)
  ), outboxed AS (
    INSERT INTO outbox (conversation_id, seq, idempotency_key, request)
    SELECT $1::text, (h->>'seq')::int, h->>'key', h->'request' FROM jsonb_array_elements($16::jsonb) AS h WHERE EXISTS (SELECT 1 FROM updated)
  ), jobs AS (
    ${insertJobsCte('$17', 'EXISTS (SELECT 1 FROM updated)')}
  )
  SELECT u.n AS updated, ${ROW_COLUMNS}
  FROM (SELECT count(*)::int AS n FROM updated) u LEFT JOIN conversations c ON u.n = 0 AND c.id = $1`);

/**
 * Stores one turn in one statement (on the pool, or in the caller's transaction with the row
 * locked): the new state, the input, the effects, an outbox row per handover request, and the jobs
 * that follow from them (the next timer, the provider requests, the outbound webhook for effects
 * nobody asked for). `written`: the row as stored. When the row moved since `row` was read, nothing
 * was written: `written` is null and `current` is the row as it is now (null if it is gone).
 */
export async function saveTurn(
  tx: Queryable,
  turn: {
    row: ConversationRow;
    result: TurnResult;
    clock: number;
    event: InputEvent | null;
    cause: TurnCause;
    dedupeKey?: string;
    webhook: boolean;
    start?: boolean;
    /** This turn is the timer job recorded in row.timer_job_at: that job is used up. */
    consumedTimerJob?: boolean;
  },
): Promise<{ written: ConversationRow; current?: undefined } | { written: null; current: ConversationRow | null }> {
  const { row, result } = turn;
  const effects = result.effects;
  const firstSeq = row.next_seq;
  const nextSeq = firstSeq + effects.length;
  const timerAt = result.nextTimerAt === null ? null : row.origin_ms + result.nextTimerAt;
  const timerJob = timerJobFor(row, timerAt, turn.consumedTimerJob ?? false);

  const handovers = outboxRequestsOf(effects, result.state); // handovers, fallbacks, waiting messages (src/server/outbox/outboxRequests.ts)
  const queued: QueuedJob[] = [];
  if (timerJob.queue) queued.push(timerJobOf(row.id, timerJob.at!));
  for (const h of handovers) {
    // The engine plays a turn at once on its clock: a handover after a Pause (the 1–2 s a voice
    // transfer needs for the caller to hear the message) is due that much later in wall time.
    const dueAt = row.origin_ms + h.at;
    queued.push(outboxJob(row.id, h.seq, dueAt > Date.now() ? dueAt : undefined));
  }
  if (effects.length > 0 && turn.webhook && turn.cause !== 'request') queued.push(webhookJob(row.id, firstSeq, nextSeq - 1));
  // One round trip and one statement, so atomic with no transaction: the new state, the input (not
  // for the start, whose scene is on the row), the effects, an outbox row per handover request and
  // the turn's pg-boss jobs, only if the row is still as the turn read it (counters and queued timer
  // job unchanged; a turn that does not hold the row lock may lose a race, and then nothing is written).
  const nextInput = turn.start ? row.next_input : row.next_input + 1;
  const saved = await tx.query<ConversationRow & { updated: number }>(
    SAVE_TURN_SQL,
    [
      row.id,
      JSON.stringify(result.state),
      nextSeq,
      nextInput,
      timerAt,
      row.next_input,
      Math.floor(turn.clock),
      turn.event === null ? null : JSON.stringify(turn.event),
      turn.dedupeKey ?? null,
      firstSeq,
      !turn.start,
      turn.cause,
      JSON.stringify(effects),
      timerJob.write,
      timerJob.at,
      JSON.stringify(handovers.map((h) => ({ seq: h.seq, key: idempotencyKeyOf(row.id, h.seq), request: h.request }))),
      jobRecords(queued),
      row.timer_job_at,
    ],
  );
  const { updated, ...current } = saved.rows[0];
  if (updated !== 1) return { written: null, current: current.id === null ? null : current };
  const timerJobAt = timerJob.write ? timerJob.at : row.timer_job_at;
  return { written: { ...row, state: result.state, next_seq: nextSeq, next_input: nextInput, timer_at: timerAt, timer_job_at: timerJobAt, updated_at: new Date() } };
}

/** A queued timer job this much overdue is taken for lost (its retries ran out): the next turn queues another. */
const LOST_TIMER_JOB_MS = 5 * 60 * 1000;

/**
 * Whether a turn that leaves the timer at `timerAt` queues a timer job: only when no job is queued
 * (or the queued one is used up, or long overdue) or the timer moved earlier than it. A timer moved
 * later keeps the earlier job, which fires, finds nothing due and queues the next (see the tick).
 * `write`: whether timer_job_at changes, to `at`.
 */
export function timerJobFor(row: ConversationRow, timerAt: number | null, consumed: boolean): { queue: boolean; write: boolean; at: number | null } {
  const queued = consumed || (row.timer_job_at !== null && row.timer_job_at < Date.now() - LOST_TIMER_JOB_MS) ? null : row.timer_job_at;
  const queue = timerAt !== null && (queued === null || timerAt < queued);
  return { queue, write: queue || consumed, at: queue ? timerAt : null };
}

/** Effects after `after`, in order, at most `limit`. */
export async function loadEffects(q: Queryable, conversationId: string, after: number, limit: number): Promise<Effect[]> {
  const { rows } = await q.query<{ effect: Effect }>('SELECT effect FROM effects WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [conversationId, after, limit]);
  return rows.map((r) => r.effect);
}
