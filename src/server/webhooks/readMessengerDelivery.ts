import { PAGE_INBOX_APP_ID } from '../../runtime';

/** What one messaging event of a Messenger webhook delivery asks of a conversation. */
export type MessengerItem =
  | { kind: 'message'; psid: string; pageId: string; text: string; dedupeKey: string }
  | { kind: 'thread_returned'; psid: string; pageId: string; dedupeKey: string }
  | { kind: 'ignored'; reason: string };

interface MessagingEvent {
  sender?: { id?: string };
  recipient?: { id?: string };
  timestamp?: number;
  message?: { mid?: string; text?: string; is_echo?: boolean };
  pass_thread_control?: { new_owner_app_id?: string | number; previous_owner_app_id?: string | number | null };
}

const MAX_TEXT = 4000;

/**
 * Reads a Messenger webhook body (`{ object: 'page', entry: [{ id, time, messaging | standby: [...] }] }`,
 * Meta's Webhook Events Reference) into items:
 * - `messaging[].message` with text and no `is_echo` → the person wrote (deduplicated by `mid`);
 * - `pass_thread_control` passing the thread to this app (messaging_handovers: "thread ownership
 *   for a user has been passed to your application") → the Page Inbox gave it back: the agent
 *   released it (agent_release; the bot continues from the Resolved port). With MESSENGER_APP_ID set only a pass to that app counts; without it, any pass away from
 *   the Page Inbox app (263902037430900);
 * - echoes of the Page's own messages, `standby` traffic (the person writing while the inbox owns
 *   the thread), attachments without text, reads, deliveries → ignored.
 */
export function readMessengerDelivery(payload: unknown, appId: string | undefined): MessengerItem[] {
  const body = payload as { object?: unknown; entry?: unknown };
  if (!body || typeof body !== 'object' || body.object !== 'page' || !Array.isArray(body.entry)) {
    return [{ kind: 'ignored', reason: 'not a Page webhook' }];
  }
  const items: MessengerItem[] = [];
  for (const entry of body.entry as { id?: string; messaging?: MessagingEvent[]; standby?: MessagingEvent[] }[]) {
    for (const event of entry?.messaging ?? []) items.push(readEvent(event, String(entry.id ?? ''), appId));
    for (const event of entry?.standby ?? []) {
      items.push(event?.pass_thread_control ? readEvent(event, String(entry.id ?? ''), appId) : { kind: 'ignored', reason: 'standby' });
    }
  }
  return items;
}

function readEvent(event: MessagingEvent, entryPageId: string, appId: string | undefined): MessengerItem {
  const psid = event?.sender?.id;
  const pageId = event?.recipient?.id ?? entryPageId;
  if (!psid) return { kind: 'ignored', reason: 'no sender' };
  const handover = event.pass_thread_control;
  if (handover) {
    const to = String(handover.new_owner_app_id ?? '');
    const ours = appId ? to === appId : to !== '' && to !== String(PAGE_INBOX_APP_ID);
    if (!ours) return { kind: 'ignored', reason: 'thread passed to another app' };
    return { kind: 'thread_returned', psid, pageId, dedupeKey: `messenger:pass_thread_control:${psid}:${event.timestamp ?? ''}:${to}` };
  }
  const message = event.message;
  if (!message) return { kind: 'ignored', reason: 'not a message' };
  if (message.is_echo) return { kind: 'ignored', reason: 'echo' };
  if (typeof message.text !== 'string' || !message.mid) return { kind: 'ignored', reason: 'no text' };
  return { kind: 'message', psid, pageId, text: message.text.slice(0, MAX_TEXT), dedupeKey: `messenger:mid:${message.mid}` };
}
