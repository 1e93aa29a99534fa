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
  /** Queues several jobs in one statement (a turn's timer, provider requests and webhook: one round trip). */
  queueAll(tx: Queryable, jobs: readonly QueuedJob[]): Promise<void>;
}

/** A job to queue: which queue, its data, and when it may start (epoch ms; now when left out). */
export type QueuedJob =
  | { queue: typeof QUEUES.timer; data: TimerJob; startAfterMs?: number }
  | { queue: typeof QUEUES.outbox; data: OutboxJob; startAfterMs?: number }
  | { queue: typeof QUEUES.webhook; data: WebhookJob; startAfterMs?: number };

export const timerJob = (conversationId: string, atMs: number): QueuedJob => ({ queue: QUEUES.timer, data: { conversationId, atMs }, startAfterMs: atMs });
export const outboxJob = (conversationId: string, seq: number, notBeforeMs?: number): QueuedJob => ({ queue: QUEUES.outbox, data: { conversationId, seq }, startAfterMs: notBeforeMs });
export const webhookJob = (conversationId: string, fromSeq: number, toSeq: number): QueuedJob => ({ queue: QUEUES.webhook, data: { conversationId, fromSeq, toSeq } });

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
