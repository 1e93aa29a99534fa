import type { ZendeskDestination } from '../../schema';
import { switchboardMetadataOf } from '../../rules/zendesk/switchboardMetadata';
import { interpolate } from '../interpolate';

/**
 * Zendesk messaging: the Sunshine Conversations switchboard's Pass Control,
 * `POST /v2/apps/{appId}/conversations/{conversationId}/passControl` with
 * `{ switchboardIntegration, metadata }`: the named integration (`zd:agentWorkspace` is Zendesk's
 * agent workspace) becomes active and every other one goes to standby. `metadata` is a flat
 * object, at most 4 KB, handed to the receiving integration. The agent sees the last 10 messages
 * unless `metadata.first_message_id` names the first one to include: `whole_conversation` sends
 * the conversation's first message id, from the `first_message_id` variable (the placeholder
 * stays otherwise, and the server refuses to send it).
 * Sources: https://developer.zendesk.com/documentation/conversations/messaging-platform/programmable-conversations/switchboard ;
 * https://github.com/zendesk/sunshine-conversations-javascript/blob/HEAD/docs/SwitchboardActionsApi.md (passControl) ;
 * https://support.zendesk.com/hc/en-us/articles/4419179022874 (last 10 messages unless first_message_id).
 */
export interface ZendeskPassControlRequest {
  provider: 'zendesk';
  api: 'Sunshine Conversations API';
  operation: 'passControl';
  method: 'POST';
  path: '/v2/apps/{appId}/conversations/{conversationId}/passControl';
  body: { switchboardIntegration: string; metadata?: Record<string, string> };
}

export function buildZendeskPassControl(dest: ZendeskDestination, variables: Readonly<Record<string, string>>): ZendeskPassControlRequest {
  const metadata = switchboardMetadataOf(dest, (text) => interpolate(text, variables));
  return {
    provider: 'zendesk',
    api: 'Sunshine Conversations API',
    operation: 'passControl',
    method: 'POST',
    path: '/v2/apps/{appId}/conversations/{conversationId}/passControl',
    body: { switchboardIntegration: dest.switchboardIntegration.trim(), ...(Object.keys(metadata).length ? { metadata } : {}) },
  };
}
