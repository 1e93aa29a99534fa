import type { ProviderRefs } from '../contracts';
import { liveChatPlan, missingLiveChat } from './fillLiveChatRequest';
import { messengerPlan } from './fillMessengerRequest';
import { missingSunshine, sunshinePlan } from './fillZendeskPassControl';
import { fillZendeskRequest } from './fillZendeskRequest';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';
import type { WaitingMessageRequest } from './waitingMessageRequests';

/**
 * A waiting message on the wire: Messenger's Send API with the Page token as `access_token` (the
 * page id ref, else `me`), Sunshine Conversations with the Conversations API key (basic auth), the
 * Zendesk Chat Conversations API with its OAuth token (a department-routing handover), or the
 * live-chat inbox with its bearer token.
 */
export function fillWaitingMessage(request: WaitingMessageRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  switch (request.provider) {
    case 'messenger': {
      const token = config.messenger.pageAccessToken;
      if (!token) return missingSetting('Messenger', PROVIDER_ENV.messengerPageAccessToken, 'the Page access token');
      if (!refs.psid) return missingRef('Messenger', 'psid', 'the person to message');
      return messengerPlan(config, request.path.replace('{pageId}', encodeURIComponent(refs.pageId ?? 'me')), token, { ...request.body, recipient: { id: refs.psid } });
    }
    case 'zendesk':
      if (request.operation === 'sendMessage') return fillZendeskRequest(request, refs, config);
      return missingSunshine(refs, config, 'the Sunshine Conversations conversation to write to') ?? sunshinePlan(request.path, refs, config, request.body);
    case 'live_chat':
      return missingLiveChat(refs, config, 'the live-chat conversation to write to') ?? liveChatPlan(request.path, refs, config, request.body);
  }
}
