import type { ProviderRequest } from '../../runtime';
import type { SendProviderRequest } from '../contracts';
import type { Database } from '../db/database';
import type { ConversationRow, ServerConversationService } from '../conversations/conversationService';
import { summaryOf } from '../conversations/conversationService';
import { withTranscript } from './withTranscript';

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
 * Sends one outbox row's provider request. The row is claimed with a lease (so two processes do
 * not send it at once); a crash mid-send leaves the lease to run out and the job to be retried,
 * which sends again with the same idempotency key. A 5xx or timeout is retried with back-off
 * until the job's retries run out; then, or on a failure not worth retrying, the row is marked
 * failed and `provider_request_failed` is appended to the conversation's log.
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

  return async function dispatch(job: { conversationId: string; seq: number }, attempt: { retryCount: number; retryLimit: number }): Promise<void> {
    const claimed = await db.query<OutboxRow>(
      `UPDATE outbox SET attempts = attempts + 1, lease_until = now() + make_interval(secs => $3)
       WHERE conversation_id = $1 AND seq = $2 AND status = 'pending' AND (lease_until IS NULL OR lease_until < now())
       RETURNING conversation_id, seq, idempotency_key, request, status, attempts`,
      [job.conversationId, job.seq, leaseSeconds],
    );
    const row = claimed.rows[0];
    if (!row) {
      const { rows } = await db.query<{ status: string }>('SELECT status FROM outbox WHERE conversation_id = $1 AND seq = $2', [job.conversationId, job.seq]);
      if (rows[0]?.status === 'pending') throw new RetryLater('Another dispatcher holds this request; trying again later.');
      return; // sent, failed, or gone: nothing to do
    }
    // Only what the request is filled from, not the state (a large JSON document parsed for nothing).
    const { rows } = await db.query<Pick<ConversationRow, 'id' | 'flow_id' | 'flow_version' | 'refs'>>('SELECT id, flow_id, flow_version, refs FROM conversations WHERE id = $1', [row.conversation_id]);
    let outcome;
    try {
      outcome = await send(await withTranscript(db, row.conversation_id, row.seq, row.request), summaryOf(rows[0]), { idempotencyKey: row.idempotency_key, timeoutMs });
    } catch (error) {
      outcome = { ok: false as const, retryable: true, message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      await db.query(`UPDATE outbox SET status = 'sent', sent_at = now(), lease_until = NULL, last_status = $3 WHERE conversation_id = $1 AND seq = $2`, [row.conversation_id, row.seq, outcome.status]);
      return;
    }
    await db.query('UPDATE outbox SET lease_until = NULL, last_status = $3, last_error = $4 WHERE conversation_id = $1 AND seq = $2', [row.conversation_id, row.seq, outcome.status ?? null, outcome.message]);
    if (outcome.retryable && attempt.retryCount < attempt.retryLimit) throw new RetryLater(`Provider request failed (${outcome.status ?? 'no answer'}): ${outcome.message}; retrying.`);
    await giveUp(row, outcome);
  };
}
