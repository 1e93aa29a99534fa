import type { Queryable } from '../db/database';

/**
 * Work the server does later, enqueued in the same transaction as the turn that asks for it, so
 * a crash never keeps the job without the turn or the turn without the job.
 */
export interface JobQueue {
  /** Run the conversation's timers at `atMs` (epoch ms). */
  scheduleTimer(tx: Queryable, conversationId: string, atMs: number): Promise<void>;
  /** Send the provider request of outbox row (conversation, seq), not before `notBeforeMs` when given. */
  dispatchOutbox(tx: Queryable, conversationId: string, seq: number, notBeforeMs?: number): Promise<void>;
  /** Post effects fromSeq..toSeq to the outbound webhook. */
  deliverWebhook(tx: Queryable, conversationId: string, fromSeq: number, toSeq: number): Promise<void>;
}

export const QUEUES = { timer: 'baton-timer', outbox: 'baton-outbox', webhook: 'baton-webhook' } as const;

export interface TimerJob {
  conversationId: string;
  atMs: number;
}
export interface OutboxJob {
  conversationId: string;
  seq: number;
}
export interface WebhookJob {
  conversationId: string;
  fromSeq: number;
  toSeq: number;
}
