import type { Channel, DestinationKind, EffectType, HandoverPort } from '../schema';
import type { DroppedHeader } from '../rules/voice/filterSipHeaders';
import type { ProviderRequest } from './providers/providerRequest';
import type { ContextCarrier, ContextEntry } from '../rules/context/measureAgentContext';
import type { TwilioVoicemailRequest } from './providers/buildTwilioVoicemail';
import type { ZendeskCallbackRequest } from './providers/buildZendeskCallbackRequest';
import type { ZendeskTicketRequest } from './providers/buildZendeskTicket';
import type { Ownership } from './ownership/ownershipOf';

/** The scenario a trigger node stands for, as the human-handover product page names them. */
export type Scenario = 'human_requested' | 'knowledge_gap' | 'repeated_failure' | 'sensitive_topic' | 'conversation_start';

/** What the provider (or the agent) did with a handover; `port` is the handover port it maps to. */
export type HandoverOutcome =
  | 'accepted'
  | 'thread_passed'
  | 'answered'
  | 'busy'
  | 'no_answer'
  | 'rejected'
  | 'no_agents'
  | 'timeout'
  | 'resolved'
  | 'callback'
  | 'abandoned';

export type { DroppedHeader };

/** Fields each effect type carries, besides seq/at/nodeId. Keys are exactly EFFECT_TYPES. */
export interface EffectFields {
  conversation_started: { channel: Channel };
  /** matched: the phrase or keyword; score 0…1; because: which words said it (describeMatch). */
  trigger_fired: { scenario: Scenario; matched?: string; score?: number; because?: string };
  retry: { count: number; max: number };
  bot_says: { text: string };
  message_suppressed: { text: string; reason: string };
  pause: { seconds: number };
  handover: { destination: DestinationKind; request: ProviderRequest };
  headers_dropped: { headers: DroppedHeader[] };
  handover_rejected: { reason: string };
  handover_outcome: { outcome: HandoverOutcome; port: HandoverPort; connected: boolean };
  left_unassigned: { queue: 'Unassigned' };
  assigned: { staffId: string };
  assign_skipped: { reason: string; currentAssigneeId: string };
  tag_added: { tag: string };
  task_created: { taskId: string; title: string; assigneeId: string | null; dueAt: number };
  task_due: { taskId: string; title: string; dueAt: number };
  staff_notified: { staffId: string; reason: NotificationReason };
  notification_skipped: { staffId: string; reason: NotificationReason; because: 'setting_off' | 'unknown_staff' };
  bot_paused: { until: number };
  bot_resumed: Record<never, never>;
  agent_joined: { staffId: string | null };
  agent_says: { text: string };
  conversation_resolved: Record<never, never>;
  call_dropped: { reason: string };
  conversation_ended: { reason: string };
  ignored: { event: string; reason: string };
  runtime_error: { message: string };
  /** What the person receives with the handover, its size against the provider's limit, and a warm transfer's whisper TwiML. */
  agent_context: { carrier: ContextCarrier; entries: ContextEntry[]; size: number; limit: number | null; whisper?: string };
  /** While queued: the queue's message with the position and estimated wait it was filled with (null: not known). */
  waiting_message: { text: string; position: number; estimatedWaitMinutes: number | null };
  callback_offered: { text: string };
  callback_accepted: { matched: string };
  /** The user left while waiting for a person, after waitedMs at this queue position. */
  queue_abandoned: { waitedMs: number; position: number };
  /** Who owns the conversation moved (bot, pending, person, standby); reason: what moved it (handover_requested, accepted, answered, thread_passed, busy, no_answer, rejected, timeout, resolved, released, idle, bot_resumed). */
  ownership_changed: { from: Ownership; to: Ownership; reason: string };
  /** The conversation went back to the bot without being resolved: the agent released it, or nobody wrote for handBackAfterIdleMinutes. */
  conversation_released: { by: 'agent' | 'idle' };
  /** A call sent to voicemail (Twilio <Record>); the call ends after the recording. */
  voicemail_started: { request: TwilioVoicemailRequest; maxLengthSeconds: number; transcribe: boolean };
  /** A Zendesk ticket created by the flow (Ticketing API), e.g. for a call nobody took. */
  ticket_created: { subject: string; request: ZendeskTicketRequest };
  /** A callback booked on a confirmed number (E.164); request: Zendesk Talk's callback request, or null without a Talk number id. */
  callback_requested: { number: string; taskId: string; request: ZendeskCallbackRequest | null };
  /** A caller in a Twilio queue: the TwiML the wait URL (or its <Gather> action) answers with; leaving: it is <Leave/>. */
  wait_twiml: { twiml: string; said: string[]; leaving: boolean };
}

export type NotificationReason = 'conversation_assigned' | 'task_assigned';

/** Common to every effect: its order in the log, its virtual time in ms, the node that caused it. */
export interface EffectBase {
  seq: number;
  at: number;
  nodeId?: string;
}

export type EffectOf<T extends EffectType> = EffectBase & { type: T } & EffectFields[T];

/** One entry of the effect log: a discriminated union on `type`. */
export type Effect = { [T in EffectType]: EffectOf<T> }[EffectType];

// Compile-time guard: EffectFields covers EFFECT_TYPES and nothing else.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameTypes: Exact<keyof EffectFields, EffectType> = true;
void _sameTypes;
