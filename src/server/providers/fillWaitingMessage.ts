import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';
import type { WaitingMessageRequest } from './waitingMessageRequests';

const json = { 'content-type': 'application/json' };

/**
 * A waiting message on the wire: Messenger's Send API with the Page token as `access_token` (the
 * page id ref, else `me`), Sunshine Conversations with the Conversations API key (basic auth), or
 * the live-chat inbox with its bearer token.
 */
export function fillWaitingMessage(request: WaitingMessageRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  switch (request.provider) {
    case 'messenger': {
      const token = config.messenger.pageAccessToken;
      if (!token) return missingSetting('Messenger', PROVIDER_ENV.messengerPageAccessToken, 'the Page access token');
      if (!refs.psid) return missingRef('Messenger', 'psid', 'the person to message');
      const base = `${config.messenger.graphApiUrl}${request.path.replace('{pageId}', encodeURIComponent(refs.pageId ?? 'me'))}`;
      return {
        ok: true,
        plan: {
          provider: 'messenger',
          method: 'POST',
          url: `${base}?access_token=${encodeURIComponent(token)}`,
          displayUrl: `${base}?access_token=[redacted]`,
          headers: json,
          body: JSON.stringify({ ...request.body, recipient: { id: refs.psid } }),
        },
      };
    }
    case 'zendesk': {
      const { conversationsAppId: appId, conversationsKeyId: keyId, conversationsKeySecret: keySecret, conversationsApiUrl } = config.zendesk;
      if (!appId) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsAppId, 'the Conversations API app id');
      if (!keyId) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsKeyId, 'the Conversations API key id');
      if (!keySecret) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsKeySecret, 'the Conversations API key secret');
      if (!refs.chatId) return missingRef('Zendesk messaging', 'chatId', 'the Sunshine Conversations conversation to write to');
      const url = `${conversationsApiUrl}${request.path.replace('{appId}', encodeURIComponent(appId)).replace('{conversationId}', encodeURIComponent(refs.chatId))}`;
      const basic = Buffer.from(`${keyId}:${keySecret}`).toString('base64');
      return { ok: true, plan: { provider: 'zendesk', method: 'POST', url, displayUrl: url, headers: { authorization: `Basic ${basic}`, ...json }, body: JSON.stringify(request.body) } };
    }
    case 'live_chat': {
      const base = config.liveChat.apiBaseUrl;
      if (!base) return missingSetting('live chat', PROVIDER_ENV.liveChatApiBaseUrl, 'where the live-chat inbox listens');
      const token = config.liveChat.apiToken;
      if (!token) return missingSetting('live chat', PROVIDER_ENV.liveChatApiToken, 'the inbox API token');
      if (!refs.chatId) return missingRef('live chat', 'chatId', 'the live-chat conversation to write to');
      const url = `${base}${request.path.replace('{conversationId}', encodeURIComponent(refs.chatId))}`;
      return { ok: true, plan: { provider: 'live_chat', method: 'POST', url, displayUrl: url, headers: { authorization: `Bearer ${token}`, ...json }, body: JSON.stringify(request.body) } };
    }
  }
}
