import type { MessengerHandoverRequest } from '../../runtime/providers/buildMessengerHandover';
import { PSID_PLACEHOLDER } from '../../runtime/providers/buildMessengerPassThreadControl';
import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';

/**
 * Messenger, either protocol: POST {graph}{path}?access_token={page token} with a JSON body —
 * `/me/pass_thread_control` (Handover Protocol) or `/me/messages` with `thread_control`
 * (Conversation Routing). The engine's `{{psid}}` placeholder (a scene without a psid variable)
 * becomes the conversation's psid ref.
 */
export function fillMessengerRequest(request: MessengerHandoverRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  const token = config.messenger.pageAccessToken;
  if (!token) return missingSetting('Messenger', PROVIDER_ENV.messengerPageAccessToken, 'the Page access token');
  const recipient = request.body.recipient.id === PSID_PLACEHOLDER ? refs.psid : request.body.recipient.id;
  if (!recipient) return missingRef('Messenger', 'psid', 'the person whose thread is passed');

  return messengerPlan(config, request.path, token, { ...request.body, recipient: { id: recipient } });
}

/** A Graph API POST with the Page token as `access_token` (masked in displayUrl) and a JSON body. */
export function messengerPlan(config: ProviderConfig, path: string, token: string, body: unknown): FillResult {
  const base = `${config.messenger.graphApiUrl}${path}`;
  return {
    ok: true,
    plan: {
      provider: 'messenger',
      method: 'POST',
      url: `${base}?access_token=${encodeURIComponent(token)}`,
      displayUrl: `${base}?access_token=[redacted]`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  };
}
