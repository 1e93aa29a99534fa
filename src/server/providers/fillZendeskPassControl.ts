import { FIRST_MESSAGE_ID_KEY, FIRST_MESSAGE_ID_PLACEHOLDER } from '../../rules/zendesk/switchboardMetadata';
import type { ZendeskPassControlRequest } from '../../runtime/providers/buildZendeskPassControl';
import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';

/**
 * Zendesk messaging's switchboard: POST {conversations API}/v2/apps/{appId}/conversations/{chatId}/passControl
 * with HTTP basic auth (the Conversations API key id and secret, Admin Center → Apps and
 * integrations → APIs → Conversations API) and the engine's JSON body. The app id comes from
 * configuration, the conversation from the chatId ref. A `whole_conversation` handover whose
 * first message id the bot never learnt (the `{{first_message_id}}` placeholder is still there)
 * is refused rather than sent: Zendesk would reject the id, or show the wrong history.
 */
export function fillZendeskPassControl(request: ZendeskPassControlRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  const missing = missingSunshine(refs, config, 'the Sunshine Conversations conversation to pass');
  if (missing) return missing;
  if (request.body.metadata?.[FIRST_MESSAGE_ID_KEY] === FIRST_MESSAGE_ID_PLACEHOLDER) {
    return {
      ok: false,
      message: `Cannot send the Zendesk messaging request: metadata.${FIRST_MESSAGE_ID_KEY} is still ${FIRST_MESSAGE_ID_PLACEHOLDER}; give the conversation a "first_message_id" variable (the id of its first Sunshine Conversations message) or set the handover's history to the last 10 messages.`,
    };
  }

  return sunshinePlan(request.path, refs, config, request.body);
}

/** What a Sunshine Conversations request lacks (a setting or the chatId ref), or null. */
export function missingSunshine(refs: ProviderRefs, config: ProviderConfig, conversation: string): FillResult | null {
  const { conversationsAppId: appId, conversationsKeyId: keyId, conversationsKeySecret: keySecret } = config.zendesk;
  if (!appId) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsAppId, 'the Conversations API app id');
  if (!keyId) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsKeyId, 'the Conversations API key id');
  if (!keySecret) return missingSetting('Zendesk messaging', PROVIDER_ENV.zendeskConversationsKeySecret, 'the Conversations API key secret');
  if (!refs.chatId) return missingRef('Zendesk messaging', 'chatId', conversation);
  return null;
}

/** POST {conversations API}{path} with {appId} and {conversationId} filled, basic auth with the API key, a JSON body; call after missingSunshine. */
export function sunshinePlan(path: string, refs: ProviderRefs, config: ProviderConfig, body: unknown): FillResult {
  const { conversationsAppId: appId, conversationsKeyId: keyId, conversationsKeySecret: keySecret, conversationsApiUrl } = config.zendesk;
  const url = `${conversationsApiUrl}${path.replace('{appId}', encodeURIComponent(appId!)).replace('{conversationId}', encodeURIComponent(refs.chatId!))}`;
  return {
    ok: true,
    plan: {
      provider: 'zendesk',
      method: 'POST',
      url,
      displayUrl: url,
      headers: { authorization: `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  };
}
