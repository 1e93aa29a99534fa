/**
 * Messenger Handover Protocol: `POST /me/pass_thread_control` hands the thread to another app.
 * 263902037430900 is the Page Inbox app id Meta documents; `metadata` is an optional string of at
 * most 1,000 characters passed along to the receiving app. Meta has since moved every Page to
 * Conversation Routing, which still accepts this call ("backwards compatible with most of the
 * Handover Protocol API"); buildMessengerRoutingPass builds the Send API form it documents now.
 */
export const PAGE_INBOX_APP_ID = 263902037430900;

export interface MessengerPassThreadControlRequest {
  provider: 'messenger';
  method: 'POST';
  path: '/me/pass_thread_control';
  /** The Page Inbox id is sent as Meta's examples show it (a number); another app's id as typed. */
  body: { recipient: { id: string }; target_app_id: number | string; metadata?: string };
}

/** Placeholder for the user's page-scoped id when the scene does not give a `psid` variable. */
export const PSID_PLACEHOLDER = '{{psid}}';

export function buildMessengerPassThreadControl(
  psid: string,
  metadata: string,
  targetAppId: number | string = PAGE_INBOX_APP_ID,
): MessengerPassThreadControlRequest {
  return {
    provider: 'messenger',
    method: 'POST',
    path: '/me/pass_thread_control',
    // Meta's reference omits metadata when there is none; an empty string would be sent as-is.
    body: { recipient: { id: psid }, target_app_id: targetAppId, ...(metadata ? { metadata } : {}) },
  };
}
