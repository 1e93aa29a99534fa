import type { MessengerDestination } from '../../schema';
import { interpolate } from '../interpolate';
import { buildMessengerPassThreadControl, PAGE_INBOX_APP_ID, type MessengerPassThreadControlRequest } from './buildMessengerPassThreadControl';
import { buildMessengerRoutingPass, PAGE_INBOX_APP_ID_TEXT, type MessengerRoutingPassRequest } from './buildMessengerRoutingPass';

export type MessengerHandoverRequest = MessengerPassThreadControlRequest | MessengerRoutingPassRequest;

/**
 * The request a Messenger handover sends, by protocol. Fields a flow written before Conversation
 * Routing lacks (built in code, not parsed) count as their defaults: the Handover Protocol to the
 * Page Inbox.
 * - Handover Protocol: pass_thread_control to the Page Inbox or the named app, with the metadata.
 *   It has no "default app": that target is refused by the validator and sent to the Page Inbox.
 * - Conversation Routing: a Send API message with thread_control pass; the Page Inbox, the named
 *   app, or (no app_id) the Page's default app.
 */
export function buildMessengerHandover(dest: MessengerDestination, psid: string, variables: Readonly<Record<string, string>>): MessengerHandoverRequest {
  const target = dest.target ?? 'page_inbox';
  const appId = target === 'app' ? dest.targetAppId.trim() : null;
  if ((dest.protocol ?? 'handover_protocol') === 'conversation_routing') {
    const routedTo = target === 'page_inbox' ? PAGE_INBOX_APP_ID_TEXT : appId || null;
    return buildMessengerRoutingPass(psid, interpolate(dest.passMessage ?? '', variables), routedTo);
  }
  return buildMessengerPassThreadControl(psid, interpolate(dest.metadata, variables), appId || PAGE_INBOX_APP_ID);
}
