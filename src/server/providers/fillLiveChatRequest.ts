import type { LiveChatHandoverRequest } from '../../runtime/providers/buildLiveChatHandover';
import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';

/**
 * What the agent receives with a live-chat handover, as the handover's context editor chose it: the
 * summary, the private note, the contact's tags, the chosen variables, and the last
 * `transcriptMessages` messages (the outbox reads them from the log just before sending, as
 * `transcript`). Added by the server to the engine's `{ queue, assigneeId }` body as `context`.
 */
export interface LiveChatContext {
  summary?: string;
  note?: string;
  tags?: string[];
  variables?: Record<string, string>;
  transcriptMessages?: number;
  transcript?: { from: 'user' | 'bot' | 'agent'; text: string }[];
}

export type LiveChatHandoverWithContext = LiveChatHandoverRequest & { body: LiveChatHandoverRequest['body'] & { context?: LiveChatContext } };

/** The live-chat inbox request: POST {base}/live-chat/conversations/{chatId}/handover, bearer token, JSON body as the engine built it (with the agent context). */
export function fillLiveChatRequest(request: LiveChatHandoverWithContext, refs: ProviderRefs, config: ProviderConfig): FillResult {
  const missing = missingLiveChat(refs, config, 'the live-chat conversation to hand over');
  return missing ?? liveChatPlan(request.path, refs, config, request.body);
}

/** What a live-chat inbox request lacks (its base URL, token or the chatId ref), or null. */
export function missingLiveChat(refs: ProviderRefs, config: ProviderConfig, conversation: string): FillResult | null {
  if (!config.liveChat.apiBaseUrl) return missingSetting('live chat', PROVIDER_ENV.liveChatApiBaseUrl, 'where the live-chat inbox listens');
  if (!config.liveChat.apiToken) return missingSetting('live chat', PROVIDER_ENV.liveChatApiToken, 'the inbox API token');
  if (!refs.chatId) return missingRef('live chat', 'chatId', conversation);
  return null;
}

/** POST {base}{path} with {conversationId} filled, bearer token, a JSON body; call after missingLiveChat. */
export function liveChatPlan(path: string, refs: ProviderRefs, config: ProviderConfig, body: unknown): FillResult {
  const url = `${config.liveChat.apiBaseUrl}${path.replace('{conversationId}', encodeURIComponent(refs.chatId!))}`;
  return {
    ok: true,
    plan: { provider: 'live_chat', method: 'POST', url, displayUrl: url, headers: { authorization: `Bearer ${config.liveChat.apiToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) },
  };
}
