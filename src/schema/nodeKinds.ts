import type * as z from 'zod/mini';
import { CHANNELS, CHANNEL_LABELS } from './primitives';
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
import { HOURS_PORTS, HOURS_PORT_LABELS, hoursCheckDataSchema } from './nodes/hours';
import { createTicketDataSchema, OFFER_CALLBACK_PORTS, OFFER_CALLBACK_PORT_LABELS, offerCallbackDataSchema, voicemailDataSchema } from './nodes/fallbacks';
import { DESTINATION_LABELS, handoverDataSchema, handoverPortsOf, type HandoverData } from './nodes/handover';

export interface PortSpec {
  id: string;
  label: string;
}

export type NodeRole = 'trigger' | 'step' | 'annotation';
export type PaletteGroup = 'Triggers' | 'Messages' | 'Handover' | 'Follow-up' | 'Logic';

export interface NodeKind<D = unknown> {
  type: string;
  label: string;
  group: PaletteGroup;
  role: NodeRole;
  description: string;
  dataSchema: z.ZodMiniType<D>;
  ports: (data: D) => readonly PortSpec[];
}

const next: readonly PortSpec[] = [{ id: 'next', label: 'Next' }];
const PORT_LABELS: Record<string, string> = {
  transferred: 'Transferred',
  no_agents: 'No agents',
  timeout: 'Queue timeout',
  resolved: 'Resolved',
  busy: 'Busy',
  no_answer: 'No answer',
  rejected: 'Rejected',
  callback: 'Callback',
  abandoned: 'User left',
};

function kind<D>(k: NodeKind<D>): NodeKind<D> {
  return k;
}

/**
 * The registry of node kinds: machine ids, display labels, palette groups and ports.
 * Adding a kind means adding it here (and to `nodeSchema` below), not editing switch statements.
 */
export const NODE_KINDS = {
  trigger_human_requested: kind({
    type: 'trigger_human_requested',
    label: 'Human requested',
    group: 'Triggers',
    role: 'trigger',
    description: 'Fires when the user asks for a person ("Connect me to a person").',
    dataSchema: humanRequestedDataSchema,
    ports: () => next,
  }),
  trigger_knowledge_gap: kind({
    type: 'trigger_knowledge_gap',
    label: 'Knowledge gap',
    group: 'Triggers',
    role: 'trigger',
    description: 'Fires when the AI finds no relevant information for the question.',
    dataSchema: knowledgeGapDataSchema,
    ports: () => next,
  }),
  trigger_repeated_failure: kind({
    type: 'trigger_repeated_failure',
    label: 'Repeated failure',
    group: 'Triggers',
    role: 'trigger',
    description: 'Fires when attempts to resolve the same issue keep failing (at most 2 retries).',
    dataSchema: repeatedFailureDataSchema,
    ports: () => next,
  }),
  trigger_sensitive_topic: kind({
    type: 'trigger_sensitive_topic',
    label: 'Sensitive topic',
    group: 'Triggers',
    role: 'trigger',
    description: 'Fires when the user mentions one of the keywords.',
    dataSchema: sensitiveTopicDataSchema,
    ports: () => next,
  }),
  trigger_conversation_start: kind({
    type: 'trigger_conversation_start',
    label: 'Conversation start',
    group: 'Triggers',
    role: 'trigger',
    description: 'Fires when a conversation begins, e.g. to route by channel.',
    dataSchema: conversationStartDataSchema,
    ports: () => next,
  }),
  message: kind({
    type: 'message',
    label: 'Message',
    group: 'Messages',
    role: 'step',
    description: 'The bot says something, e.g. the final message before the handover.',
    dataSchema: messageDataSchema,
    ports: () => next,
  }),
  pause: kind({
    type: 'pause',
    label: 'Pause',
    group: 'Messages',
    role: 'step',
    description: 'Waits a few seconds; 1–2 s before a voice handover lets the caller hear the last sentence.',
    dataSchema: pauseDataSchema,
    ports: () => next,
  }),
  handover: kind({
    type: 'handover',
    label: 'Handover',
    group: 'Handover',
    role: 'step',
    description: 'Hands the conversation to a person: live chat, Zendesk, Messenger inbox or a voice transfer.',
    dataSchema: handoverDataSchema,
    ports: (data: HandoverData) =>
      handoverPortsOf(data.destination).map((id) => ({ id, label: PORT_LABELS[id] })),
  }),
  channel_router: kind({
    type: 'channel_router',
    label: 'Channel router',
    group: 'Logic',
    role: 'step',
    description: 'Branches by the channel the conversation arrived on.',
    dataSchema: channelRouterDataSchema,
    ports: () => CHANNELS.map((id) => ({ id, label: CHANNEL_LABELS[id] })),
  }),
  condition: kind({
    type: 'condition',
    label: 'Condition',
    group: 'Logic',
    role: 'step',
    description: 'Branches on the contact, agent availability, business hours or a variable.',
    dataSchema: conditionDataSchema,
    ports: () => [
      { id: 'true', label: 'Yes' },
      { id: 'false', label: 'No' },
    ],
  }),
  hours_check: kind({
    type: 'hours_check',
    label: 'Hours',
    group: 'Logic',
    role: 'step',
    description: 'Branches on a business calendar at the current time: open, closed, or a holiday.',
    dataSchema: hoursCheckDataSchema,
    ports: () => HOURS_PORTS.map((id) => ({ id, label: HOURS_PORT_LABELS[id] })),
  }),
  end: kind({
    type: 'end',
    label: 'End',
    group: 'Logic',
    role: 'step',
    description: 'Ends the flow.',
    dataSchema: endDataSchema,
    ports: () => [],
  }),
  assign: kind({
    type: 'assign',
    label: 'Assign',
    group: 'Follow-up',
    role: 'step',
    description: 'Assigns the conversation to a staff member (optionally keeping an existing assignee).',
    dataSchema: assignDataSchema,
    ports: () => next,
  }),
  create_task: kind({
    type: 'create_task',
    label: 'Create task',
    group: 'Follow-up',
    role: 'step',
    description: 'Creates a task on the contact, due 24 h after the trigger by default.',
    dataSchema: createTaskDataSchema,
    ports: () => next,
  }),
  add_tag: kind({
    type: 'add_tag',
    label: 'Add tag',
    group: 'Follow-up',
    role: 'step',
    description: 'Tags the contact (human_handover by default) for filtering and reporting.',
    dataSchema: addTagDataSchema,
    ports: () => next,
  }),
  pause_bot: kind({
    type: 'pause_bot',
    label: 'Pause bot',
    group: 'Follow-up',
    role: 'step',
    description: 'Silences the bot for days, hours and minutes; it resumes by itself.',
    dataSchema: pauseBotDataSchema,
    ports: () => [{ id: 'resumed', label: 'Resumed' }],
  }),
  voicemail: kind({
    type: 'voicemail',
    label: 'Voicemail',
    group: 'Handover',
    role: 'step',
    description: 'When nobody answers a call: the caller leaves a message (Twilio <Record>); the call ends after it.',
    dataSchema: voicemailDataSchema,
    ports: () => [{ id: 'next', label: 'After recording' }],
  }),
  offer_callback: kind({
    type: 'offer_callback',
    label: 'Offer callback',
    group: 'Handover',
    role: 'step',
    description: 'Asks for a number to call back, checks and reads it back, then creates the callback task.',
    dataSchema: offerCallbackDataSchema,
    ports: () => OFFER_CALLBACK_PORTS.map((id) => ({ id, label: OFFER_CALLBACK_PORT_LABELS[id] })),
  }),
  create_ticket: kind({
    type: 'create_ticket',
    label: 'Create ticket',
    group: 'Follow-up',
    role: 'step',
    description: 'Opens a Zendesk ticket, e.g. for a call nobody could take.',
    dataSchema: createTicketDataSchema,
    ports: () => next,
  }),
  note: kind({
    type: 'note',
    label: 'Note',
    group: 'Logic',
    role: 'annotation',
    description: 'A sticky note on the canvas; the runtime ignores it.',
    dataSchema: noteDataSchema,
    ports: () => [],
  }),
} as const;

export type NodeType = keyof typeof NODE_KINDS;
export const NODE_TYPES = Object.keys(NODE_KINDS) as NodeType[];
export const PALETTE_GROUPS: readonly PaletteGroup[] = ['Triggers', 'Messages', 'Handover', 'Follow-up', 'Logic'];

export function isNodeType(type: string): type is NodeType {
  return Object.prototype.hasOwnProperty.call(NODE_KINDS, type);
}

export { DESTINATION_LABELS };
