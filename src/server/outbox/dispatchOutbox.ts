import type { ProviderRequest } from '../../runtime';
import type { SendProviderRequest } from '../contracts';
import { prepared, type Database } from '../db/database';
import type { ConversationRow, ServerConversationService } from '../conversations/conversationService';
import { summaryOf } from '../conversations/conversationService';
import { transcriptLinesSql, withTranscript } from './withTranscript';

/** The job asks again later: pg-boss retries it with back-off. */
export class RetryLater extends Error {}

interface OutboxRow {
  conversation_id: string;
  seq: number;
  idempotency_key: string;
  request: ProviderRequest;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
}

/**
 * The transcript a live-chat handover's context asks for (transcriptMessages: the last that many
 * messages before it), read with the claim instead of one more statement per row; null for any
 * other request (see withTranscript).
 */
const TRANSCRIPT_SQL = `CASE WHEN o.request->>'provider' = 'live_chat' AND NOT o.request ? 'operation'
      AND (o.request->'body'->'context'->>'transcriptMessages')::int > 0
    THEN (SELECT COALESCE(jsonb_agg(jsonb_build_object('from', l."from", 'text', l.text) ORDER BY l.pos, l.sub), '[]'::jsonb)
      FROM (SELECT * FROM (${transcriptLinesSql('o.conversation_id', 'o.seq')}) lines
        ORDER BY pos DESC, sub DESC LIMIT (o.request->'body'->'context'->>'transcriptMessages')::int) l)
  END`;

/**
 * Claims the batch's rows still pending (a row another sender holds is skipped, not waited for) with
 * a lease of $3 seconds, and reads what their requests are filled from (not the conversation's
 * state: a large JSON document parsed for nothing), a live-chat transcript included.
 */
const CLAIM_SQL = prepared(`WITH picked AS (
    SELECT o.conversation_id, o.seq FROM outbox o JOIN unnest($1::text[], $2::int[]) AS j (conversation_id, seq) USING (conversation_id, seq)
    WHERE o.status = 'pending' AND (o.lease_until IS NULL OR o.lease_until < now())
    FOR UPDATE OF o SKIP LOCKED
  )
  UPDATE outbox o SET attempts = o.attempts + 1, lease_until = now() + make_interval(secs => $3)
  FROM picked p, conversations c
  WHERE o.conversation_id = p.conversation_id AND o.seq = p.seq AND c.id = o.conversation_id
  RETURNING o.conversation_id, o.seq, o.idempotency_key, o.request, o.status, o.attempts, c.flow_id, c.flow_version, c.refs,
    ${TRANSCRIPT_SQL} AS transcript`);

/** Marks the rows whose requests the providers took as sent, with the status each answered. */
const MARK_SENT_SQL = prepared(`UPDATE outbox o SET status = 'sent', sent_at = now(), lease_until = NULL, last_status = j.status
  FROM unnest($1::text[], $2::int[], $3::int[]) AS j (conversation_id, seq, status)
  WHERE o.conversation_id = j.conversation_id AND o.seq = j.seq`);

/** One outbox job of a fetched batch, with its pg-boss attempt. */
export interface OutboxAttempt {
  job: { conversationId: string; seq: number };
  retryCount: number;
  retryLimit: number;
}

type ClaimedRow = OutboxRow & Pick<ConversationRow, 'flow_id' | 'flow_version' | 'refs'> & { transcript: Parameters<typeof withTranscript>[4] | null };

const keyOf = (conversationId: string, seq: number) => `${conversationId}\u0000${seq}`;

/**
 * Sends the provider requests of a batch of outbox jobs (what one worker fetched). One statement
 * claims every row still pending with a lease (so two processes do not send one at once; a row
 * another sender holds is skipped, not waited for) and reads what the requests are filled from;
 * the requests go out together, and one statement marks those that succeeded as sent. A crash
 * mid-send leaves the lease to run out and the job to be retried, which sends again with the same
 * idempotency key. A 5xx or timeout is retried with back-off until the job's retries run out; then,
 * or on a failure not worth retrying, the row is marked failed and `provider_request_failed` is
 * appended to the conversation's log. Resolves with, per job, null (done) or the error to fail it
 * with (pg-boss retries it).
 */
export function createOutboxDispatcher(deps: { db: Database; service: ServerConversationService; send: SendProviderRequest; timeoutMs: number }) {
  const { db, service, send, timeoutMs } = deps;
  // Longer than one attempt can take, so a live sender keeps it; short, so a dead one releases it soon.
  const leaseSeconds = Math.ceil(timeoutMs / 1000) + 5;

  async function giveUp(row: OutboxRow, outcome: { status?: number; message: string }) {
    const marked = await db.query(`UPDATE outbox SET status = 'failed', lease_until = NULL WHERE conversation_id = $1 AND seq = $2 AND status = 'pending'`, [row.conversation_id, row.seq]);
    if (marked.rowCount === 0) return;
    await service.appendRecord(row.conversation_id, {
      type: 'provider_request_failed',
      handoverSeq: row.seq,
      idempotencyKey: row.idempotency_key,
      attempts: row.attempts,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      message: outcome.message,
    });
  }

  /** Sends one claimed row: { sent } when the provider took it (marked sent with the batch); else the retry to ask for, or null once given up. */
  async function sendOne(row: ClaimedRow, attempt: OutboxAttempt): Promise<{ sent: number } | Error | null> {
    let outcome;
    try {
      const request = await withTranscript(db, row.conversation_id, row.seq, row.request, row.transcript ?? undefined);
      outcome = await send(request, summaryOf({ id: row.conversation_id, ...row }), { idempotencyKey: row.idempotency_key, timeoutMs });
    } catch (error) {
      outcome = { ok: false as const, retryable: true, message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) return { sent: outcome.status };
    await db.query('UPDATE outbox SET lease_until = NULL, last_status = $3, last_error = $4 WHERE conversation_id = $1 AND seq = $2', [row.conversation_id, row.seq, outcome.status ?? null, outcome.message]);
    if (outcome.retryable && attempt.retryCount < attempt.retryLimit) return new RetryLater(`Provider request failed (${outcome.status ?? 'no answer'}): ${outcome.message}; retrying.`);
    await giveUp(row, outcome);
    return null;
  }

  return async function dispatchBatch(batch: readonly OutboxAttempt[]): Promise<(Error | null)[]> {
    const ids = batch.map((a) => a.job.conversationId);
    const seqs = batch.map((a) => a.job.seq);
    const claimed = await db.query<ClaimedRow>(CLAIM_SQL, [ids, seqs, leaseSeconds]);
    const rows = new Map(claimed.rows.map((r) => [keyOf(r.conversation_id, r.seq), r]));
    // A row is sent by the first job of the batch that names it; a second job for it (a restart
    // queues one again) is one that did not claim it.
    const mine = batch.map((a) => {
      const key = keyOf(a.job.conversationId, a.job.seq);
      const row = rows.get(key);
      rows.delete(key);
      return row;
    });
    const unclaimed = batch.filter((_, i) => !mine[i]);
    const pending = new Set<string>();
    if (unclaimed.length > 0) {
      const { rows: states } = await db.query<{ conversation_id: string; seq: number }>(
        `SELECT o.conversation_id, o.seq FROM outbox o JOIN unnest($1::text[], $2::int[]) AS j (conversation_id, seq) USING (conversation_id, seq) WHERE o.status = 'pending'`,
        [unclaimed.map((a) => a.job.conversationId), unclaimed.map((a) => a.job.seq)],
      );
      for (const r of states) pending.add(keyOf(r.conversation_id, r.seq));
    }
    const results = await Promise.all(
      batch.map(async (attempt, i): Promise<{ sent: number } | Error | null> => {
        const row = mine[i];
        if (row) return sendOne(row, attempt);
        // Another dispatcher holds it: ask again later. Sent, failed or gone: nothing to do.
        return pending.has(keyOf(attempt.job.conversationId, attempt.job.seq)) ? new RetryLater('Another dispatcher holds this request; trying again later.') : null;
      }),
    );
    const sent = results.flatMap((r, i) => (r !== null && !(r instanceof Error) ? [{ row: mine[i]!, status: r.sent }] : []));
    if (sent.length > 0) {
      await db.query(MARK_SENT_SQL, [sent.map((s) => s.row.conversation_id), sent.map((s) => s.row.seq), sent.map((s) => s.status)]);
    }
    return results.map((r) => (r instanceof Error ? r : null));
  };
}
