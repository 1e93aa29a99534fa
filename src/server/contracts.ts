import type { InputEvent } from '../schema';
import type { Effect, SceneInput } from '../runtime';
import type { OutboxRequest } from './outbox/outboxRequests';

/**
 * The seam between the server's core (conversations, storage, timers, outbox) and its provider
 * edges (webhooks in, provider requests out). The core implements ConversationService; the
 * webhook routes and the outbox dispatcher only talk to it through these types.
 */

/** Identifiers a provider uses for a conversation; a webhook finds its conversation by one. */
export interface ProviderRefs {
  /** Twilio call SID of the inbound leg (voice). */
  callSid?: string;
  /** Twilio account SID the call belongs to (falls back to configuration). */
  accountSid?: string;
  /** Messenger page-scoped user id (PSID) of the person. */
  psid?: string;
  /** Messenger page id the conversation runs on. */
  pageId?: string;
  /** Zendesk Chat / Sunshine Conversations id, or the live-chat conversation id. */
  chatId?: string;
}

export type ProviderRefKind = keyof ProviderRefs;

export interface ConversationSummary {
  id: string;
  flowId: string;
  flowVersion: number;
  refs: ProviderRefs;
}

export interface ApplyResult {
  /** True when this delivery was seen before: nothing changed, `effects` are the first answer's. */
  duplicate: boolean;
  effects: Effect[];
}

export interface ConversationService {
  /** Starts a conversation on a flow's current version (the default flow when flowId is left out). */
  create(input: { flowId?: string; scene?: SceneInput; refs?: ProviderRefs }): Promise<ConversationSummary & { effects: Effect[] }>;
  findByRef(kind: ProviderRefKind, value: string): Promise<ConversationSummary | null>;
  /**
   * Applies one input event, one at a time per conversation. `dedupeKey` (a provider's delivery id:
   * Twilio's I-Twilio-Idempotency-Token, Meta's message mid) makes a retried delivery a no-op.
   */
  apply(conversationId: string, event: InputEvent, options?: { dedupeKey?: string }): Promise<ApplyResult>;
}

/** What sending one provider request came to; the outbox retries only a retryable failure. */
export type SendOutcome =
  | { ok: true; status: number }
  | { ok: false; retryable: boolean; status?: number; message: string };

/**
 * Sends one outbox request (a handover's: Twilio call update, Zendesk transferToDepartment,
 * Messenger pass_thread_control, the live-chat request; a fallback's; a waiting message), filled from configuration and the
 * conversation. The same idempotency key on every attempt of one outbox entry.
 */
export type SendProviderRequest = (
  request: OutboxRequest,
  conversation: ConversationSummary,
  options: { idempotencyKey: string; timeoutMs?: number },
) => Promise<SendOutcome>;
