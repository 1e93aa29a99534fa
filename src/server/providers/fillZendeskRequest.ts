import type { ZendeskTransferRequest } from '../../runtime/providers/buildZendeskTransfer';
import { ZENDESK_CHANNEL_PLACEHOLDER } from '../../runtime/providers/buildZendeskTransfer';
import type { ProviderRefs } from '../contracts';
import type { ZendeskChatMessageRequest } from './waitingMessageRequests';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';

/**
 * Zendesk Chat Conversations API over HTTP ("Make HTTP requests to
 * https://chat-api.zopim.com/graphql/request", Getting started with the Chat Conversations API):
 * the GraphQL `transferToDepartment` mutation (the handover) or `sendMessage` (a message to the
 * visitor waiting after it) with an OAuth bearer token; `{{channel_id}}` becomes the conversation's
 * chatId ref.
 */
export function fillZendeskRequest(request: ZendeskTransferRequest | ZendeskChatMessageRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  const token = config.zendesk.accessToken;
  if (!token) return missingSetting('Zendesk', PROVIDER_ENV.zendeskAccessToken, 'the Chat API OAuth access token');
  const channelId = request.variables.channel_id === ZENDESK_CHANNEL_PLACEHOLDER ? refs.chatId : request.variables.channel_id;
  if (!channelId) return missingRef('Zendesk', 'chatId', request.operation === 'sendMessage' ? 'the chat channel to message' : 'the chat channel to transfer');

  const url = config.zendesk.chatApiUrl;
  return {
    ok: true,
    plan: {
      provider: 'zendesk',
      method: 'POST',
      url,
      displayUrl: url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.query, variables: { ...request.variables, channel_id: channelId } }),
    },
  };
}
