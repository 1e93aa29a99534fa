import type { ConversationState, Effect, ProviderRequest } from '../../runtime';
import type { TwilioVoicemailRequest } from '../../runtime/providers/buildTwilioVoicemail';
import type { ZendeskCallbackRequest } from '../../runtime/providers/buildZendeskCallbackRequest';
import type { ZendeskTicketRequest } from '../../runtime/providers/buildZendeskTicket';
import type { LiveChatContext, LiveChatHandoverWithContext } from '../providers/fillLiveChatRequest';
import { buildWaitingMessage, type WaitingMessageRequest } from '../providers/waitingMessageRequests';

/** Every request the outbox sends: a handover's, a fallback's (voicemail, ticket, callback), a message to a waiting person. */
export type OutboxRequest = ProviderRequest | LiveChatHandoverWithContext | TwilioVoicemailRequest | ZendeskTicketRequest | ZendeskCallbackRequest | WaitingMessageRequest;

/** One outbox row to be: the effect that carries it (its seq is the row's, and fixes the idempotency key) and when it is due. */
export interface OutboxEntry {
  seq: number;
  at: number;
  request: OutboxRequest;
}

/**
 * The provider request an effect of this turn sends through the outbox, or null:
 * - `handover` → its request (a live-chat handover with the agent context of the same turn);
 * - `voicemail_started` → Twilio "Modify a live call" with the <Record> TwiML;
 * - `ticket_created` → Zendesk "Create Ticket"; `callback_requested` → Zendesk Talk "Create Callback
 *   Request" (none without a Talk number id: the callback is then only the contact's task);
 * - `waiting_message`, `callback_offered` while a conversation waits → the message to the person on
 *   their messaging channel (none on a call: Twilio <Enqueue> plays its own wait music and messages).
 */
export function outboxRequestOf(effect: Effect, turn: { effects: readonly Effect[]; state: ConversationState }): OutboxRequest | null {
  switch (effect.type) {
    case 'handover':
      return effect.request.provider === 'live_chat' ? withLiveChatContext(effect, turn.effects) : effect.request;
    case 'voicemail_started':
      return effect.request;
    case 'ticket_created':
      return effect.request;
    case 'callback_requested':
      return effect.request;
    case 'waiting_message':
      return buildWaitingMessage(turn.state.channel, turn.state.handover?.destination, {
        kind: 'waiting_message',
        text: effect.text,
        position: effect.position,
        estimatedWaitMinutes: effect.estimatedWaitMinutes,
      });
    case 'callback_offered':
      return buildWaitingMessage(turn.state.channel, turn.state.handover?.destination, { kind: 'callback_offer', text: effect.text });
    default:
      return null;
  }
}

/** The outbox rows of a turn, in effect order. */
export function outboxRequestsOf(effects: readonly Effect[], state: ConversationState): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const effect of effects) {
    const request = outboxRequestOf(effect, { effects, state });
    if (request) entries.push({ seq: effect.seq, at: effect.at, request });
  }
  return entries;
}

/** The live-chat handover with `context` built from the `agent_context` its node emitted just before it. */
function withLiveChatContext(handover: Extract<Effect, { type: 'handover' }>, effects: readonly Effect[]): OutboxRequest {
  const request = handover.request as LiveChatHandoverWithContext;
  const context = effects.find((e): e is Extract<Effect, { type: 'agent_context' }> => e.type === 'agent_context' && e.nodeId === handover.nodeId && e.seq < handover.seq);
  if (!context) return request;
  const out: LiveChatContext = {};
  const variables: Record<string, string> = {};
  for (const { key, value } of context.entries) {
    if (key === 'summary' || key === 'note') out[key] = value;
    else if (key === 'tags') out.tags = value.split(',').filter(Boolean);
    else if (key === 'transcript_messages') out.transcriptMessages = Number(value);
    else if (key.startsWith('var_')) variables[key.slice('var_'.length)] = value;
  }
  if (Object.keys(variables).length > 0) out.variables = variables;
  return { ...request, body: { ...request.body, context: out } };
}
