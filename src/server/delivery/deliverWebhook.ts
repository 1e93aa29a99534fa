import { createHmac } from 'node:crypto';
import type { Database } from '../db/database';
import { loadEffects } from '../conversations/saveTurn';

export interface OutboundWebhookConfig {
  url: string;
  secret: string;
  timeoutMs: number;
}

/** `sha256=` + hex HMAC-SHA256 of the exact body bytes, as GitHub and Meta sign theirs. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Posts effects nobody asked for (a timer fired, a provider webhook moved the conversation, a
 * provider request gave up) to BATON_WEBHOOK_URL, signed with X-Baton-Signature. A non-2xx answer
 * or a timeout throws, so the pg-boss job retries with back-off; the delivery id stays the same.
 */
export function createWebhookDelivery(db: Database, config: OutboundWebhookConfig) {
  return async function deliver(job: { conversationId: string; fromSeq: number; toSeq: number }): Promise<void> {
    const { rows } = await db.query<{ flow_id: string; flow_version: number }>('SELECT flow_id, flow_version FROM conversations WHERE id = $1', [job.conversationId]);
    if (!rows[0]) return;
    const effects = await loadEffects(db, job.conversationId, job.fromSeq - 1, job.toSeq - job.fromSeq + 1);
    const body = JSON.stringify({ conversationId: job.conversationId, flowId: rows[0].flow_id, flowVersion: rows[0].flow_version, effects });
    const response = await fetch(config.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-baton-signature': signBody(config.secret, body),
        'x-baton-delivery': `${job.conversationId}:${job.fromSeq}`,
      },
      body,
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`Outbound webhook answered ${response.status}; retrying.`);
  };
}
