import { PAGE_INBOX_APP_ID } from './buildMessengerPassThreadControl';

/**
 * Messenger Conversation Routing: thread control rides on a Send API message,
 * `POST /me/messages` with `thread_control: { control_type: 'pass', app_id }`. Without `app_id`
 * the thread goes to the Page's default app (Meta, Conversation Routing → Conversation Control
 * APIs: "If app_id is not specified, thread control will be passed to the default application").
 * The message is the text the person reads as the thread changes hands.
 * Sources: https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversation-routing
 * and https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-routing/apis
 */
export interface MessengerRoutingPassRequest {
  provider: 'messenger';
  method: 'POST';
  path: '/me/messages';
  body: {
    messaging_type: 'RESPONSE';
    recipient: { id: string };
    message: { text: string };
    thread_control: { control_type: 'pass'; app_id?: string };
  };
}

/** `appId` null: the Page's Conversation Routing default app. */
export function buildMessengerRoutingPass(psid: string, text: string, appId: string | null): MessengerRoutingPassRequest {
  return {
    provider: 'messenger',
    method: 'POST',
    path: '/me/messages',
    body: {
      messaging_type: 'RESPONSE',
      recipient: { id: psid },
      message: { text },
      thread_control: { control_type: 'pass', ...(appId ? { app_id: appId } : {}) },
    },
  };
}

/** The Page Inbox app id as the Send API takes it (a string, like Meta's `<APPLICATION_ID>`). */
export const PAGE_INBOX_APP_ID_TEXT = String(PAGE_INBOX_APP_ID);
