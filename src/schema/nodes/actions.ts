import * as z from 'zod/mini';
import { variableNameSchema } from '../primitives';

export const messageDataSchema = z.object({
  text: z._default(z.string().check(z.maxLength(4000)), '').check(z.describe('What the bot says. Supports {{variable}} placeholders.')),
});
export type MessageData = z.infer<typeof messageDataSchema>;

export const pauseDataSchema = z.object({
  seconds: z
    ._default(z.number().check(z.gte(0), z.lte(60)), 1.5)
    .check(z.describe('Silence before the next step; 1–2 s before a voice handover.')),
});
export type PauseData = z.infer<typeof pauseDataSchema>;

export const assignDataSchema = z.object({
  assigneeId: z._default(z.string(), '').check(z.describe('Staff member id from the flow settings.')),
  skipIfAssigned: z._default(z.boolean(), true).check(z.describe('Keep the current assignee when the contact already has one.')),
});
export type AssignData = z.infer<typeof assignDataSchema>;

export const createTaskDataSchema = z.object({
  title: z._default(z.string().check(z.maxLength(200)), 'Follow up on handover'),
  assigneeId: z._default(z.nullable(z.string()), null),
  dueHours: z._default(z.number().check(z.gte(0.25), z.lte(24 * 30)), 24).check(z.describe('Due time after the trigger; 24 h by default.')),
});
export type CreateTaskData = z.infer<typeof createTaskDataSchema>;

export const addTagDataSchema = z.object({
  tag: z._default(z.string().check(z.maxLength(64)), 'human_handover'),
});
export type AddTagData = z.infer<typeof addTagDataSchema>;

export const pauseBotDataSchema = z.object({
  days: z._default(z.number().check(z.int(), z.gte(0), z.lte(30)), 0),
  hours: z._default(z.number().check(z.int(), z.gte(0), z.lte(23)), 2),
  minutes: z._default(z.number().check(z.int(), z.gte(0), z.lte(59)), 0),
});
export type PauseBotData = z.infer<typeof pauseBotDataSchema>;

export const CONDITION_CHECKS = ['contact_assigned', 'agents_available', 'within_hours', 'variable'] as const;
export const CONDITION_OPERATORS = ['equals', 'not_equals', 'contains', 'exists'] as const;

export const conditionDataSchema = z.object({
  check: z._default(z.enum(CONDITION_CHECKS), 'agents_available'),
  variable: z._default(variableNameSchema, ''),
  operator: z._default(z.enum(CONDITION_OPERATORS), 'equals'),
  value: z._default(z.string().check(z.maxLength(200)), ''),
});
export type ConditionData = z.infer<typeof conditionDataSchema>;

export const channelRouterDataSchema = z.object({});
export type ChannelRouterData = z.infer<typeof channelRouterDataSchema>;

export const endDataSchema = z.object({});
export type EndData = z.infer<typeof endDataSchema>;

export const noteDataSchema = z.object({
  text: z._default(z.string().check(z.maxLength(4000)), ''),
  color: z._default(z.enum(['yellow', 'blue', 'green', 'pink']), 'yellow'),
});
export type NoteData = z.infer<typeof noteDataSchema>;
