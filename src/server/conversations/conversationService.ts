import { nanoid } from 'nanoid';
import type { ConversationState, Effect } from '../../runtime';
import type { InputEvent } from '../../schema';
import type { ApplyResult, ConversationService, ConversationSummary, ProviderRefKind, ProviderRefs } from '../contracts';
import { prepared, type Database, type Queryable } from '../db/database';
import { notFound, ServerError } from '../errors';
import type { FlowRegistry } from '../flows/flowRegistry';
import type { JobQueue } from '../jobs/jobQueue';
import { playTurn, startConversation, type TurnResult } from './playTurn';
import { createRowCache, type RowCache } from './rowCache';
import { loadEffects, ROW_COLUMNS, saveTurn, timerJobFor, type TurnCause } from './saveTurn';
import { wallClockScene } from './wallClockScene';

export interface ConversationRow {
  id: string;
  flow_id: string;
  flow_version: number;
  state: ConversationState;
  next_seq: number;
  next_input: number;
  origin_ms: number;
  timer_at: number | null;
  /** Wall time of the earliest timer job queued and not run yet, or null (migration 002). */
  timer_job_at: number | null;
  refs: ProviderRefs;
  created_at: Date;
  updated_at: Date;
}

export interface ConversationDetail extends ConversationSummary {
  state: ConversationState;
  nextSeq: number;
  /** When the next timer falls due (ISO time), or null. */
  timerAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServerConversationService extends ConversationService {
  /** Applies an event; `cause` says who sent it ('request': the API answer carries the effects). */
  applyEvent(id: string, event: InputEvent, options: { dedupeKey?: string; cause: TurnCause }): Promise<ApplyResult>;
  /** Fires whatever timers are due now (the job for the timer due at `atMs`). Effects of the tick, maybe none. */
  tick(id: string, atMs: number): Promise<Effect[]>;
  get(id: string): Promise<ConversationDetail>;
  effects(id: string, after: number, limit: number): Promise<Effect[]>;
  /** Appends a server record (not an engine effect) to the log, e.g. provider_request_failed. */
  appendRecord(id: string, record: { type: string } & Record<string, unknown>): Promise<Effect>;
}

/** A turn played on the row as read: its engine clock and result, not stored yet. */
interface Played {
  row: ConversationRow;
  clock: number;
  result: TurnResult;
}

/** A quick turn that lost a race: the row as it is now (what the turn is played on next), or null when it was read again. */
type Conflict = { conflict: ConversationRow | null };

const REF_KINDS: readonly ProviderRefKind[] = ['callSid', 'accountSid', 'psid', 'pageId', 'chatId'];
/** Refs a webhook looks a conversation up by; accountSid and pageId are shared by many. */
const LOOKUP_KINDS: readonly ProviderRefKind[] = ['callSid', 'psid', 'chatId'];

/** A turn's read: the row and whether this delivery was seen (its dedupe key). Prepared: it runs on every turn. */
const QUICK_READ_SQL = prepared(
  `SELECT ${ROW_COLUMNS}, i.first_seq AS seen_first, i.next_seq AS seen_next
   FROM conversations c LEFT JOIN inputs i ON i.conversation_id = c.id AND i.dedupe_key = $2 WHERE c.id = $1`,
);

export const summaryOf = (row: Pick<ConversationRow, 'id' | 'flow_id' | 'flow_version' | 'refs'>): ConversationSummary => ({ id: row.id, flowId: row.flow_id, flowVersion: row.flow_version, refs: row.refs });

export function createConversationService(deps: {
  db: Database;
  flows: FlowRegistry;
  jobs: JobQueue;
  /** Wall clock, epoch ms. */
  now: () => number;
  /** The flow used when a request names none. */
  defaultFlowId?: string;
  webhookEnabled: boolean;
  /** Rows this process wrote last (see rowCache.ts); shared by the services of one process. None by default. */
  rows?: RowCache;
}): ServerConversationService {
  const { db, flows, jobs, now } = deps;
  const cache = deps.rows ?? createRowCache(0);

  async function playLocked(tx: Queryable, row: ConversationRow, event: InputEvent | null): Promise<Played> {
    const flow = await flows.get(row.flow_id, row.flow_version, tx);
    const clock = Math.max(row.state.now, now() - row.origin_ms);
    return { row, clock, result: playTurn(flow, { state: row.state, nextSeq: row.next_seq }, clock, event) };
  }

  async function lockRow(tx: Queryable, id: string): Promise<ConversationRow> {
    const { rows } = await tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1 FOR UPDATE', [id]);
    if (!rows[0]) throw notFound('conversation', id);
    return rows[0];
  }

  /**
   * A turn in one round trip (`known`: the row this process wrote last) or two (read the row first)
   * and no transaction: play the event, write state + input + effects + outbox rows + jobs in one
   * statement guarded by the row's counters. A turn that lost a race gets the row as it is now from
   * that statement and is played again on it.
   */
  async function quickTurn(id: string, event: InputEvent, cause: TurnCause, dedupeKey: string | undefined, known: ConversationRow | null): Promise<ApplyResult | Conflict> {
    let row = known;
    if (!row) {
      const { rows } = await db.query<ConversationRow & { seen_first: number | null; seen_next: number | null }>(QUICK_READ_SQL, [id, dedupeKey ?? null]);
      const { seen_first: seenFirst, seen_next: seenNext, ...read } = rows[0] ?? {};
      if (!rows[0]) throw notFound('conversation', id);
      if (seenFirst !== null && seenNext !== null) return { duplicate: true, effects: await loadEffects(db, id, seenFirst - 1, seenNext - seenFirst) };
      row = read as ConversationRow;
    }
    const flow = await flows.get(row.flow_id, row.flow_version);
    const clock = Math.max(row.state.now, now() - row.origin_ms);
    const result = playTurn(flow, { state: row.state, nextSeq: row.next_seq }, clock, event);
    const saved = await saveTurn(db, { row, result, clock, event, cause, dedupeKey, webhook: deps.webhookEnabled });
    if (saved.written) {
      cache.remember(saved.written);
      return { duplicate: false, effects: result.effects };
    }
    cache.forget(id, row);
    if (!saved.current) throw notFound('conversation', id);
    // A delivery a provider may have retried reads again: the race it lost may have been to itself.
    return { conflict: dedupeKey === undefined ? saved.current : null };
  }

  async function turn(id: string, event: InputEvent | null, cause: TurnCause, dedupeKey?: string, timerAtMs?: number): Promise<ApplyResult> {
    // A row this process wrote last is played on without reading it; one that may be a provider's
    // retried delivery is read, with its dedupe check.
    let known = dedupeKey === undefined ? (cache.get(id) ?? null) : null;
    for (let attempt = 0; event !== null && attempt < 3; attempt++) {
      const quick = await quickTurn(id, event, cause, dedupeKey, known);
      if (!('conflict' in quick)) return quick;
      known = quick.conflict;
    }
    // A timer's turn, or one that lost three races: played under the row lock.
    let written: ConversationRow | null = null;
    cache.forget(id);
    const applied = await db.transaction(async (tx): Promise<ApplyResult> => {
      const row = await lockRow(tx, id);
      if (dedupeKey !== undefined) {
        const seen = await tx.query<{ first_seq: number; next_seq: number }>('SELECT first_seq, next_seq FROM inputs WHERE conversation_id = $1 AND dedupe_key = $2', [id, dedupeKey]);
        if (seen.rows[0]) return { duplicate: true, effects: await loadEffects(tx, id, seen.rows[0].first_seq - 1, seen.rows[0].next_seq - seen.rows[0].first_seq) };
      }
      const { clock, result } = await playLocked(tx, row, event);
      // The timer job on record is this one: it is used up, and whatever timer is left needs the next.
      const consumedTimerJob = event === null && timerAtMs !== undefined && row.timer_job_at === timerAtMs;
      if (event === null && result.effects.length === 0) {
        // A tick that fired nothing leaves no trace in the log. The job on record that fired early
        // (the timer moved later, or a moment of clock skew) queues the next for the timer left; a
        // stray job (one whose timer moved earlier, or a restart's) just ends.
        const timerJob = timerJobFor(row, row.timer_at, consumedTimerJob);
        if (timerJob.write) await tx.query('UPDATE conversations SET timer_job_at = $2 WHERE id = $1', [id, timerJob.at]);
        if (timerJob.queue) await jobs.scheduleTimer(tx, id, timerJob.at!);
        return { duplicate: false, effects: [] };
      }
      written = (await saveTurn(tx, { row, result, clock, event, cause, dedupeKey, webhook: deps.webhookEnabled, consumedTimerJob })).written;
      return { duplicate: false, effects: result.effects };
    });
    if (written) cache.remember(written); // committed
    return applied;
  }

  return {
    async create(input) {
      const flowId = input.flowId ?? deps.defaultFlowId;
      if (!flowId) throw new ServerError(400, 'flow_required', 'Name the flow (flowId): this server runs more than one.', '/flowId');
      const refs = Object.fromEntries(REF_KINDS.filter((k) => input.refs?.[k] !== undefined).map((k) => [k, input.refs![k]])) as ProviderRefs;
      let written: ConversationRow | null = null;
      const created = await db.transaction(async (tx) => {
        const version = await flows.currentVersion(flowId, tx);
        const flow = await flows.get(flowId, version, tx);
        const { scene, originMs } = wallClockScene({ ...input.scene }, now());
        const result: TurnResult = startConversation(flow, scene);
        const id = `c_${nanoid(16)}`;
        await tx.query(
          `INSERT INTO conversations (id, flow_id, flow_version, scene, state, next_seq, origin_ms, refs)
           VALUES ($1, $2, $3, $4, $5, 1, $6, $7)`,
          [id, flowId, version, JSON.stringify(scene), JSON.stringify(result.state), originMs, JSON.stringify(refs)],
        );
        for (const kind of LOOKUP_KINDS) {
          const value = refs[kind];
          if (value === undefined) continue;
          const taken = await tx.query('INSERT INTO conversation_refs (kind, value, conversation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [kind, value, id]);
          if (taken.rowCount === 0) throw new ServerError(409, 'ref_taken', `Another conversation already has ${kind} "${value}".`, `/refs/${kind}`);
        }
        const row: ConversationRow = {
          id, flow_id: flowId, flow_version: version, state: result.state, next_seq: 1, next_input: 1,
          origin_ms: originMs, timer_at: null, timer_job_at: null, refs, created_at: new Date(originMs), updated_at: new Date(originMs),
        };
        written = (await saveTurn(tx, { row, result, clock: 0, event: null, cause: 'request', webhook: false, start: true })).written;
        return { ...summaryOf(row), effects: result.effects };
      });
      if (written) cache.remember(written); // committed
      return created;
    },

    async findByRef(kind, value) {
      if (!LOOKUP_KINDS.includes(kind)) return null;
      const { rows } = await db.query<ConversationRow>(
        'SELECT c.* FROM conversation_refs r JOIN conversations c ON c.id = r.conversation_id WHERE r.kind = $1 AND r.value = $2',
        [kind, value],
      );
      return rows[0] ? summaryOf(rows[0]) : null;
    },

    apply: (id, event, options) => turn(id, event, 'provider', options?.dedupeKey),
    applyEvent: (id, event, options) => turn(id, event, options.cause, options.dedupeKey),
    tick: async (id, atMs) => (await turn(id, null, 'timer', undefined, atMs)).effects,

    async get(id) {
      const { rows } = await db.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [id]);
      const row = rows[0];
      if (!row) throw notFound('conversation', id);
      return {
        ...summaryOf(row),
        state: row.state,
        nextSeq: row.next_seq,
        timerAt: row.timer_at === null ? null : new Date(row.timer_at).toISOString(),
        createdAt: new Date(row.created_at).toISOString(),
        updatedAt: new Date(row.updated_at).toISOString(),
      };
    },

    async effects(id, after, limit) {
      const { rowCount } = await db.query('SELECT 1 FROM conversations WHERE id = $1', [id]);
      if (rowCount === 0) throw notFound('conversation', id);
      return loadEffects(db, id, after, limit);
    },

    async appendRecord(id, record) {
      cache.forget(id);
      return db.transaction(async (tx) => {
        const row = await lockRow(tx, id);
        const effect = { seq: row.next_seq, at: row.state.now, ...record } as unknown as Effect;
        await tx.query('INSERT INTO effects (conversation_id, seq, type, effect, cause) VALUES ($1, $2, $3, $4, $5)', [id, effect.seq, effect.type, JSON.stringify(effect), 'server']);
        await tx.query('UPDATE conversations SET next_seq = next_seq + 1, updated_at = now() WHERE id = $1', [id]);
        if (deps.webhookEnabled) await jobs.deliverWebhook(tx, id, effect.seq, effect.seq);
        return effect;
      });
    },
  };
}
