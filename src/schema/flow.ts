import { z } from 'zod';
import { CHANNELS, channelSchema, idSchema, positionSchema } from './primitives';
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
import { testCaseSchema } from './testCase';

export const FLOW_FORMAT = 'baton.flow';
export const FLOW_VERSION = 1;
export const FLOW_SCHEMA_URL = './baton-flow.schema.json';

function nodeOf<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.object({
    id: idSchema,
    type: z.literal(type),
    title: z.string().max(120).optional().describe('Optional display name shown on the canvas.'),
    data: data.prefault({} as never),
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
  nodeOf('end', endDataSchema),
  nodeOf('assign', assignDataSchema),
  nodeOf('create_task', createTaskDataSchema),
  nodeOf('add_tag', addTagDataSchema),
  nodeOf('pause_bot', pauseBotDataSchema),
  nodeOf('note', noteDataSchema),
]);
export type FlowNode = z.infer<typeof nodeSchema>;
export type NodeOfType<T extends FlowNode['type']> = Extract<FlowNode, { type: T }>;

/** A connection from one named output port to a node. Targets have a single input. */
export const edgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  sourcePort: z.string().min(1).max(64),
  target: idSchema,
});
export type FlowEdge = z.infer<typeof edgeSchema>;

export const staffMemberSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(120),
  notifications: z
    .object({
      conversationAssigned: z.boolean().default(true).describe('"When a conversation gets assigned to me"'),
      taskAssigned: z.boolean().default(true).describe('"When a task gets assigned to me"'),
    })
    .prefault({}),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const flowSettingsSchema = z.object({
  channels: z.array(channelSchema).default([...CHANNELS]).describe('Channels this bot is deployed on.'),
  staff: z.array(staffMemberSchema).max(500).default([]),
  voice: z
    .object({
      recording: z.boolean().default(false).describe('Recording continues into the transferred leg.'),
    })
    .prefault({}),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

/** Where each node sits on the canvas. Kept apart from behaviour: the runtime never reads it. */
export const layoutSchema = z.object({
  nodes: z.record(z.string(), positionSchema).default({}),
});
export type FlowLayout = z.infer<typeof layoutSchema>;

export const flowSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(FLOW_FORMAT),
  version: z.literal(FLOW_VERSION),
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  settings: flowSettingsSchema.prefault({}),
  nodes: z.array(nodeSchema).max(20000),
  edges: z.array(edgeSchema).max(40000).default([]),
  layout: layoutSchema.prefault({}),
  tests: z.array(testCaseSchema).max(1000).default([]),
});
export type Flow = z.infer<typeof flowSchema>;
/** What a writer may omit: every field with a default. */
export type FlowInput = z.input<typeof flowSchema>;
