import * as z from 'zod/mini';
import { CHANNELS, channelSchema, idSchema, keyedRecord, positionSchema } from './primitives';
import {
  conversationStartDataSchema,
  humanRequestedDataSchema,
  knowledgeGapDataSchema,
  repeatedFailureDataSchema,
  sensitiveTopicDataSchema,
} from './nodes/triggers';
import {
  addTagDataSchema,
  assignDataSchema,
  channelRouterDataSchema,
  conditionDataSchema,
  createTaskDataSchema,
  endDataSchema,
  messageDataSchema,
  noteDataSchema,
  pauseBotDataSchema,
  pauseDataSchema,
} from './nodes/actions';
import { handoverDataSchema } from './nodes/handover';
import { hoursCheckDataSchema } from './nodes/hours';
import { createTicketDataSchema, offerCallbackDataSchema, voicemailDataSchema } from './nodes/fallbacks';
import { calendarSchema } from './calendar';
import { testCaseSchema } from './testCase';

export const FLOW_FORMAT = 'baton.flow';
export const FLOW_VERSION = 1;
export const FLOW_SCHEMA_URL = './baton-flow.schema.json';

function nodeOf<T extends string, D extends z.ZodMiniType>(type: T, data: D) {
  return z.object({
    id: idSchema,
    type: z.literal(type),
    title: z.optional(z.string().check(z.maxLength(120))).check(z.describe('Optional display name shown on the canvas.')),
    data: z.prefault(data, {} as never),
  });
}

export const nodeSchema = z.discriminatedUnion('type', [
  nodeOf('trigger_human_requested', humanRequestedDataSchema),
  nodeOf('trigger_knowledge_gap', knowledgeGapDataSchema),
  nodeOf('trigger_repeated_failure', repeatedFailureDataSchema),
  nodeOf('trigger_sensitive_topic', sensitiveTopicDataSchema),
  nodeOf('trigger_conversation_start', conversationStartDataSchema),
  nodeOf('message', messageDataSchema),
  nodeOf('pause', pauseDataSchema),
  nodeOf('handover', handoverDataSchema),
  nodeOf('channel_router', channelRouterDataSchema),
  nodeOf('condition', conditionDataSchema),
  nodeOf('hours_check', hoursCheckDataSchema),
  nodeOf('end', endDataSchema),
  nodeOf('assign', assignDataSchema),
  nodeOf('create_task', createTaskDataSchema),
  nodeOf('add_tag', addTagDataSchema),
  nodeOf('pause_bot', pauseBotDataSchema),
  nodeOf('note', noteDataSchema),
  nodeOf('voicemail', voicemailDataSchema),
  nodeOf('offer_callback', offerCallbackDataSchema),
  nodeOf('create_ticket', createTicketDataSchema),
]);
export type FlowNode = z.infer<typeof nodeSchema>;
export type NodeOfType<T extends FlowNode['type']> = Extract<FlowNode, { type: T }>;

/** A connection from one named output port to a node. Targets have a single input. */
export const edgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  sourcePort: z.string().check(z.minLength(1), z.maxLength(64)),
  target: idSchema,
});
export type FlowEdge = z.infer<typeof edgeSchema>;

export const staffMemberSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  notifications: z.prefault(
    z.object({
      conversationAssigned: z._default(z.boolean(), true).check(z.describe('"When a conversation gets assigned to me"')),
      taskAssigned: z._default(z.boolean(), true).check(z.describe('"When a task gets assigned to me"')),
    }),
    {},
  ),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const flowSettingsSchema = z.object({
  channels: z._default(z.array(channelSchema), [...CHANNELS]).check(z.describe('Channels this bot is deployed on.')),
  staff: z._default(z.array(staffMemberSchema).check(z.maxLength(500)), []),
  voice: z.prefault(
    z.object({
      recording: z._default(z.boolean(), false).check(z.describe('Recording continues into the transferred leg.')),
    }),
    {},
  ),
  calendars: z._default(z.array(calendarSchema).check(z.maxLength(50)), []).check(z.describe('Business calendars that Hours nodes refer to by id.')),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

/** Where each node sits on the canvas. Kept apart from behaviour: the runtime never reads it. */
export const layoutSchema = z.object({
  nodes: z.prefault(keyedRecord(idSchema, positionSchema), {}),
});
export type FlowLayout = z.infer<typeof layoutSchema>;

export const flowSchema = z.object({
  $schema: z.optional(z.string()),
  format: z.literal(FLOW_FORMAT),
  version: z.literal(FLOW_VERSION),
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z._default(z.string().check(z.maxLength(2000)), ''),
  settings: z.prefault(flowSettingsSchema, {}),
  nodes: z.array(nodeSchema).check(z.maxLength(20000)),
  edges: z._default(z.array(edgeSchema).check(z.maxLength(40000)), []),
  layout: z.prefault(layoutSchema, {}),
  tests: z._default(z.array(testCaseSchema).check(z.maxLength(1000)), []),
});
export type Flow = z.infer<typeof flowSchema>;
/** What a writer may omit: every field with a default. */
export type FlowInput = z.input<typeof flowSchema>;
