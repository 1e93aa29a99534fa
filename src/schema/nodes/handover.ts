import { z } from 'zod';

/** One custom SIP header, sent on the outgoing leg when the destination is a SIP URI. */
export const sipAttributeSchema = z.object({
  name: z.string().max(256),
  value: z.string().max(2048),
});
export type SipAttribute = z.infer<typeof sipAttributeSchema>;

const queueTimeoutMinutes = z
  .number()
  .min(1)
  .max(24 * 60)
  .default(10)
  .describe('How long the conversation may wait for an agent before the timeout port is taken.');

export const liveChatDestinationSchema = z.object({
  kind: z.literal('live_chat'),
  // null: the conversation waits in Live chat → Unassigned until someone claims it.
  assigneeId: z.string().nullable().default(null),
  queueTimeoutMinutes,
});

export const zendeskDestinationSchema = z.object({
  kind: z.literal('zendesk'),
  // Field name as in the Moveo handover action: the Zendesk department id.
  department_routing: z.string().max(64).default(''),
  queueTimeoutMinutes,
});

export const messengerDestinationSchema = z.object({
  kind: z.literal('messenger'),
  // Handover Protocol pass_thread_control metadata (Meta documents a 1,000-character limit).
  metadata: z.string().max(1000).default(''),
});

export const voiceDestinationSchema = z.object({
  kind: z.literal('voice'),
  to: z.string().max(1024).default('').describe('E.164 number (+12025551234) or SIP URI (sip:agent@example.com).'),
  attributes: z.array(sipAttributeSchema).max(50).default([]),
  timeoutSeconds: z.number().int().min(5).max(600).default(30).describe('Twilio <Dial> timeout; 30 s by default.'),
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
  destination: handoverDestinationSchema.prefault({ kind: 'live_chat' }),
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
export type HandoverPort = 'transferred' | 'no_agents' | 'timeout' | 'resolved' | 'busy' | 'no_answer' | 'rejected';

/** Voice ports on which the call drops when nothing is connected: Twilio never retries. */
export const VOICE_FAILURE_PORTS = ['busy', 'no_answer', 'rejected'] as const;
