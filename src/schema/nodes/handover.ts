import * as z from 'zod/mini';
import { messengerRoutingFields, zendeskSwitchboardFields } from './providerModes';
import { waitingSchema, type Waiting } from './waiting';
import { agentContextSchema } from './agentContext';
import { voiceQueueSchema } from './voiceQueue';

/** One custom SIP header, sent on the outgoing leg when the destination is a SIP URI. */
export const sipAttributeSchema = z.object({
  name: z.string().check(z.maxLength(256)),
  value: z.string().check(z.maxLength(2048)),
});
export type SipAttribute = z.infer<typeof sipAttributeSchema>;

const queueTimeoutMinutes = z
  ._default(z.number().check(z.gte(1), z.lte(24 * 60)), 10)
  .check(z.describe('How long the conversation may wait for an agent before the timeout port is taken.'));

export const liveChatDestinationSchema = z.object({
  kind: z.literal('live_chat'),
  // null: the conversation waits in Live chat → Unassigned until someone claims it.
  assigneeId: z._default(z.nullable(z.string()), null),
  queueTimeoutMinutes,
  waiting: z.optional(waitingSchema),
});

export const zendeskDestinationSchema = z.object({
  kind: z.literal('zendesk'),
  // Field name as in the Moveo handover action: the Zendesk department id.
  department_routing: z._default(z.string().check(z.maxLength(64)), ''),
  queueTimeoutMinutes,
  ...zendeskSwitchboardFields,
  waiting: z.optional(waitingSchema),
});

export const messengerDestinationSchema = z.object({
  kind: z.literal('messenger'),
  // Handover Protocol pass_thread_control metadata (Meta documents a 1,000-character limit).
  metadata: z._default(z.string().check(z.maxLength(1000)), ''),
  ...messengerRoutingFields,
});

/** What is behind a voice destination: a person or desk, or a Zendesk Talk line with its own agents and hours. */
export const VOICE_LINES = ['direct', 'zendesk_talk'] as const;
export type VoiceLine = (typeof VOICE_LINES)[number];

export const voiceDestinationSchema = z.object({
  kind: z.literal('voice'),
  to: z._default(z.string().check(z.maxLength(1024)), '').check(z.describe('E.164 number (+12025551234) or SIP URI (sip:agent@example.com).')),
  attributes: z._default(z.array(sipAttributeSchema).check(z.maxLength(50)), []),
  timeoutSeconds: z._default(z.number().check(z.int(), z.gte(5), z.lte(600)), 30).check(z.describe('Twilio <Dial> timeout; 30 s by default.')),
  // When nobody answers (issue 13 §3): what is behind the number, and when it is open.
  line: z
    .optional(z.enum(VOICE_LINES))
    .check(z.describe('Absent or direct: a person or desk that rings until answered. zendesk_talk: a Zendesk Talk line, which reaches an agent only when one is available within its hours and otherwise drops the call (the No agents port).')),
  hoursCalendarId: z
    .optional(z.string().check(z.maxLength(64)))
    .check(z.describe('Calendar of the line\'s opening hours (flow settings); absent or empty: the scene\'s "within business hours" switch decides.')),
  // Wait in a Twilio queue (<Enqueue>) instead of dialling `to`; the waiting messages are what the caller hears.
  queue: z.optional(voiceQueueSchema).check(z.describe('Present: the caller waits in this Twilio queue (<Enqueue>) for an agent instead of a <Dial> to `to`.')),
  waiting: z.optional(waitingSchema).check(z.describe('With a queue: what the caller hears while waiting (said by the wait URL). Without a queue it has no effect.')),
});

export const handoverDestinationSchema = z.discriminatedUnion('kind', [
  liveChatDestinationSchema,
  zendeskDestinationSchema,
  messengerDestinationSchema,
  voiceDestinationSchema,
]);
export type HandoverDestination = z.infer<typeof handoverDestinationSchema>;
export type DestinationKind = HandoverDestination['kind'];
export type VoiceDestination = z.infer<typeof voiceDestinationSchema>;

export const handoverDataSchema = z.object({
  destination: z.prefault(handoverDestinationSchema, { kind: 'live_chat' }),
  // What the person receives with the conversation (summary, transcript, variables, tags, note); absent: nothing extra.
  context: z.optional(agentContextSchema),
  // Hand back: with nobody writing for this long, the person is done and the flow goes on from Resolved.
  handBackAfterIdleMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(7 * 24 * 60))).check(
    z.describe('Minutes without a message from the user or the agent after which the conversation goes back to the bot (the Resolved port). Not for voice: a transferred call cannot come back.'),
  ),
});
export type HandoverData = z.infer<typeof handoverDataSchema>;

export const DESTINATION_LABELS: Record<DestinationKind, string> = {
  live_chat: 'Live chat',
  zendesk: 'Zendesk department',
  messenger: 'Messenger inbox',
  voice: 'Voice transfer',
};

/** Outcome ports per destination: typed, so every failure can be wired to a fallback. */
export const HANDOVER_PORTS: Record<DestinationKind, readonly HandoverPort[]> = {
  live_chat: ['transferred', 'no_agents', 'timeout', 'resolved'],
  zendesk: ['transferred', 'no_agents', 'timeout', 'resolved'],
  messenger: ['transferred', 'resolved'],
  voice: ['transferred', 'busy', 'no_answer', 'rejected'],
};
export type HandoverPort = 'transferred' | 'no_agents' | 'timeout' | 'resolved' | 'busy' | 'no_answer' | 'rejected' | QueueWaitPort;

/** Ports a queued handover gains with waiting messages on: the user took the callback offer, or left the queue. */
export type QueueWaitPort = 'callback' | 'abandoned';

/** A handover's outcome ports as configured: the destination's, plus Callback / User left while waiting is on. */
export function handoverPortsOf(destination: HandoverDestination): readonly HandoverPort[] {
  // A Zendesk Talk line answers "no agents" (and drops the call) when nobody is available.
  if (destination.kind === 'voice' && destination.queue) return voiceQueuePorts(destination.waiting);
  const base = destination.kind === 'voice' && destination.line === 'zendesk_talk' ? ZENDESK_TALK_PORTS : HANDOVER_PORTS[destination.kind];
  if (destination.kind === 'voice' || !('waiting' in destination) || !destination.waiting) return base;
  const extra: QueueWaitPort[] = destination.waiting.offerCallbackAfterMinutes !== null ? ['callback', 'abandoned'] : ['abandoned'];
  return [...base, ...extra];
}

const ZENDESK_TALK_PORTS: readonly HandoverPort[] = ['transferred', 'no_agents', 'busy', 'no_answer', 'rejected'];

/**
 * A caller waiting in a Twilio queue: an agent dequeues them (Transferred), the flow takes them out
 * after the longest wait (No answer), the queue refuses or loses them (Rejected), they hang up
 * (User left), or they accept the callback offer (Callback). A queue is never busy.
 */
function voiceQueuePorts(waiting: Waiting | undefined): readonly HandoverPort[] {
  const ports: HandoverPort[] = ['transferred', 'no_answer', 'rejected'];
  return waiting && waiting.offerCallbackAfterMinutes !== null ? [...ports, 'callback', 'abandoned'] : [...ports, 'abandoned'];
}

/** Voice ports on which the call drops when nothing is connected: Twilio never retries. */
export const VOICE_FAILURE_PORTS = ['busy', 'no_answer', 'rejected'] as const;

export type MessengerDestination = z.infer<typeof messengerDestinationSchema>;
export type ZendeskDestination = z.infer<typeof zendeskDestinationSchema>;
export * from './providerModes';
export * from './voiceQueue';
