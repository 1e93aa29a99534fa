/**
 * Zendesk Talk API "Create Callback Request": POST /api/v2/channels/voice/callback_requests with
 * `{ callback_request: { phone_number_id, requester_phone_number } }`, the number in E.164
 * (https://developer.zendesk.com/api-reference/voice/talk-api/callback_requests/). The caller's
 * place is held in the line's queue and Zendesk calls back when an agent is free; callbacks need
 * not be enabled on the line for the API. Zendesk allows 30 such requests every 10 minutes.
 */
export interface ZendeskCallbackRequest {
  provider: 'zendesk';
  api: 'Talk API';
  method: 'POST';
  path: '/api/v2/channels/voice/callback_requests';
  body: { callback_request: { phone_number_id: number; requester_phone_number: string } };
}

export function buildZendeskCallbackRequest(phoneNumberId: string, e164: string): ZendeskCallbackRequest {
  return {
    provider: 'zendesk',
    api: 'Talk API',
    method: 'POST',
    path: '/api/v2/channels/voice/callback_requests',
    body: { callback_request: { phone_number_id: Number(phoneNumberId), requester_phone_number: e164 } },
  };
}
