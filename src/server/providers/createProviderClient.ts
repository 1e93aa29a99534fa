import type { ProviderRequest } from '../../runtime';
import type { ProviderRefs, SendOutcome, SendProviderRequest } from '../contracts';
import type { OutboxRequest } from '../outbox/outboxRequests';
import { classifyResponse } from './classifyResponse';
import { fillLiveChatRequest } from './fillLiveChatRequest';
import { fillMessengerRequest } from './fillMessengerRequest';
import { fillTwilioRequest } from './fillTwilioRequest';
import { fillWaitingMessage } from './fillWaitingMessage';
import { fillZendeskPassControl } from './fillZendeskPassControl';
import { fillZendeskRequest } from './fillZendeskRequest';
import { fillZendeskSupportRequest } from './fillZendeskSupportRequest';
import type { ProviderConfig } from './loadProviderConfig';
import { scrubSecrets, secretsOf } from './redactProviderConfig';
import type { FillResult } from './requestPlan';

export const DEFAULT_PROVIDER_TIMEOUT_MS = 10_000;

export interface ProviderClientOptions {
  /** Defaults to the global fetch (Node's undici). */
  fetch?: typeof fetch;
}

/**
 * Turns one outbox request (a handover's, a fallback's, a waiting message) into its HTTP request,
 * from configuration and the conversation's refs; `conversationId` goes into the callback URLs
 * (a warm transfer's whisper).
 */
export function fillProviderRequest(request: OutboxRequest, refs: ProviderRefs, config: ProviderConfig, conversationId = ''): FillResult {
  switch (request.provider) {
    case 'twilio':
      return fillTwilioRequest(request, refs, config, conversationId);
    case 'messenger':
      return 'operation' in request && request.operation === 'sendMessage' ? fillWaitingMessage(request, refs, config) : fillMessengerRequest(request, refs, config);
    case 'zendesk':
      if ('api' in request && (request.api === 'Ticketing API' || request.api === 'Talk API')) return fillZendeskSupportRequest(request, config);
      if (request.operation === 'postMessage') return fillWaitingMessage(request, refs, config);
      return request.operation === 'passControl' ? fillZendeskPassControl(request, refs, config) : fillZendeskRequest(request, refs, config);
    case 'live_chat':
      return 'operation' in request ? fillWaitingMessage(request, refs, config) : fillLiveChatRequest(request, refs, config);
  }
}

/**
 * Twilio names its own idempotency header (`I-Twilio-Idempotency-Token`); the others get the IETF
 * draft's `Idempotency-Key`. The outbox passes the same key on every attempt of one entry, so a
 * provider that honours it applies a retried request once.
 */
const idempotencyHeader = (provider: ProviderRequest['provider']) => (provider === 'twilio' ? 'i-twilio-idempotency-token' : 'idempotency-key');

/**
 * The provider client the outbox dispatcher calls. It never throws: every failure is a SendOutcome
 * whose message names what went wrong (an env var, a ref, a status) and holds no secret.
 */
export function createProviderClient(config: ProviderConfig, options: ProviderClientOptions = {}): { send: SendProviderRequest } {
  const doFetch = options.fetch ?? fetch;
  const secrets = secretsOf(config);

  const send: SendProviderRequest = async (request, conversation, { idempotencyKey, timeoutMs = DEFAULT_PROVIDER_TIMEOUT_MS }) => {
    const filled = fillProviderRequest(request, conversation.refs, config, conversation.id);
    if (!filled.ok) return { ok: false, retryable: false, message: filled.message };
    const { plan } = filled;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let outcome: SendOutcome;
    try {
      const response = await doFetch(plan.url, {
        method: plan.method,
        headers: { ...plan.headers, [idempotencyHeader(plan.provider)]: idempotencyKey },
        body: plan.body,
        signal: controller.signal,
        redirect: 'manual',
      });
      outcome = await classifyResponse(plan, response);
    } catch (error) {
      outcome = controller.signal.aborted
        ? { ok: false, retryable: true, message: `${plan.provider} request to ${plan.displayUrl} timed out after ${timeoutMs} ms.` }
        : { ok: false, retryable: true, message: `${plan.provider} request to ${plan.displayUrl} failed: ${describeNetworkError(error)}.` };
    } finally {
      clearTimeout(timer);
    }
    return outcome.ok ? outcome : { ...outcome, message: scrubSecrets(outcome.message, secrets) };
  };

  return { send };
}

/** undici reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}
