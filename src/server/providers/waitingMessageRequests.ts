/**
 * Messages the server sends to a person waiting in a queue (the engine's `waiting_message` and
 * `callback_offered`), one request per provider. The engine describes what is said; which provider
 * carries it follows from the channel the person writes on, so these are built by the server
 * (src/server/outbox/outboxRequests.ts) and filled here from configuration and the conversation's refs.
 */

/** What the message is: a queue update (position, estimated wait) or the offer to leave the queue for a callback. */
export type WaitingMessageKind = 'waiting_message' | 'callback_offer';

/**
 * Messenger Send API: POST /{PAGE-ID}/messages with `recipient`, `messaging_type` and `message`
 * (https://developers.facebook.com/docs/messenger-platform/reference/send-api/). A queue update is
 * the bot's answer to the person's request for a person, so `RESPONSE` (allowed within 24 hours of
 * the person's last message); the `HUMAN_AGENT` tag is for messages a person writes, which this is not.
 */
export interface MessengerSendRequest {
  provider: 'messenger';
  operation: 'sendMessage';
  method: 'POST';
  path: '/{pageId}/messages';
  kind: WaitingMessageKind;
  body: { recipient: { id: '{{psid}}' }; messaging_type: 'RESPONSE'; message: { text: string } };
}

/**
 * Sunshine Conversations (Zendesk messaging) "Post Message": POST /v2/apps/{appId}/conversations/{conversationId}/messages
 * with `{ author: { type: 'business' }, content: { type: 'text', text } }`
 * (https://developer.zendesk.com/api-reference/conversations/#tag/Messages/operation/PostMessage).
 */
export interface SunshineMessageRequest {
  provider: 'zendesk';
  operation: 'postMessage';
  method: 'POST';
  path: '/v2/apps/{appId}/conversations/{conversationId}/messages';
  kind: WaitingMessageKind;
  body: { author: { type: 'business' }; content: { type: 'text'; text: string } };
}

/**
 * Zendesk Chat (department routing): the Chat Conversations API's `sendMessage` mutation, which
 * lets the bot, acting as a Chat agent, message the visitor's channel ("Send a message to target
 * channel", https://zendesk.github.io/conversations-api/mutation.doc.html), over the same HTTP
 * GraphQL endpoint as the handover's `transferToDepartment`. `backoff: true` ("Prevent sending the
 * message when the channel is served by another agent") keeps a queue update from talking over
 * the agent who has picked the chat up; `msg_id` ("a settable custom message ID to identify this
 * message") is the outbox row's key.
 */
export interface ZendeskChatMessageRequest {
  provider: 'zendesk';
  api: 'Chat Conversations API';
  operation: 'sendMessage';
  kind: WaitingMessageKind;
  query: string;
  variables: { channel_id: string; msg: string; backoff: true; msg_id: string };
}

const SEND_MESSAGE_MUTATION =
  'mutation ($channel_id: ID!, $msg: String!, $backoff: Boolean, $msg_id: String) { sendMessage(channel_id: $channel_id, msg: $msg, backoff: $backoff, msg_id: $msg_id) { success } }';

/** The Sunshine Conversations message of a waiting Zendesk Chat handover, as the Chat API's sendMessage (see ZendeskChatMessageRequest). */
export function asZendeskChatMessage(request: SunshineMessageRequest, msgId: string): ZendeskChatMessageRequest {
  return {
    provider: 'zendesk',
    api: 'Chat Conversations API',
    operation: 'sendMessage',
    kind: request.kind,
    query: SEND_MESSAGE_MUTATION,
    variables: { channel_id: '{{channel_id}}', msg: request.body.content.text, backoff: true, msg_id: msgId },
  };
}

/** The live-chat inbox's message endpoint, beside its handover endpoint (Baton's own shape: no provider defines one). */
export interface LiveChatMessageRequest {
  provider: 'live_chat';
  operation: 'postMessage';
  method: 'POST';
  path: '/live-chat/conversations/{conversationId}/messages';
  body: { author: 'bot'; kind: WaitingMessageKind; text: string; position?: number; estimatedWaitMinutes?: number | null };
}

export type WaitingMessageRequest = MessengerSendRequest | SunshineMessageRequest | ZendeskChatMessageRequest | LiveChatMessageRequest;

/** The waiting message for the person's channel, or null where the server has no way to reach them (voice: Twilio <Enqueue> plays it). */
export function buildWaitingMessage(
  channel: string,
  handoverDestination: string | undefined,
  message: { kind: WaitingMessageKind; text: string; position?: number; estimatedWaitMinutes?: number | null },
): WaitingMessageRequest | null {
  const { kind, text } = message;
  if (channel === 'messenger') {
    return { provider: 'messenger', operation: 'sendMessage', method: 'POST', path: '/{pageId}/messages', kind, body: { recipient: { id: '{{psid}}' }, messaging_type: 'RESPONSE', message: { text } } };
  }
  if (channel === 'zendesk') {
    return { provider: 'zendesk', operation: 'postMessage', method: 'POST', path: '/v2/apps/{appId}/conversations/{conversationId}/messages', kind, body: { author: { type: 'business' }, content: { type: 'text', text } } };
  }
  if (handoverDestination === 'live_chat' && !channel.endsWith('voice')) {
    const queue = message.position === undefined ? {} : { position: message.position, estimatedWaitMinutes: message.estimatedWaitMinutes ?? null };
    return { provider: 'live_chat', operation: 'postMessage', method: 'POST', path: '/live-chat/conversations/{conversationId}/messages', body: { author: 'bot', kind, text, ...queue } };
  }
  return null;
}
