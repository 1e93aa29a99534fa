import type { FlowNode, NodeOfType, NodeType } from '../../schema';
import type { Turn } from '../turn';
import { executeAddTag } from './executeAddTag';
import { executeAssign } from './executeAssign';
import { executeChannelRouter } from './executeChannelRouter';
import { executeCondition } from './executeCondition';
import { executeCreateTask } from './executeCreateTask';
import { executeEnd } from './executeEnd';
import { executeHandover } from './executeHandover';
import { executeHoursCheck } from './executeHoursCheck';
import { executeMessage } from './executeMessage';
import { executePause } from './executePause';
import { executePauseBot } from './executePauseBot';
import { executeCreateTicket } from './executeCreateTicket';
import { executeOfferCallback } from './executeOfferCallback';
import { executeVoicemail } from './executeVoicemail';
import { leaveBy, STOP, type Executor, type StepResult } from './stepResult';

// Triggers only start walks (fireTrigger); reached by an edge they simply pass on.
const passOn = () => leaveBy('next');

/** One executor per node kind: adding a kind adds a line here, not a case in a switch. */
const EXECUTORS: { [T in NodeType]: Executor<T> } = {
  trigger_human_requested: passOn,
  trigger_knowledge_gap: passOn,
  trigger_repeated_failure: passOn,
  trigger_sensitive_topic: passOn,
  trigger_conversation_start: passOn,
  message: executeMessage,
  pause: executePause,
  handover: executeHandover,
  channel_router: executeChannelRouter,
  condition: executeCondition,
  hours_check: executeHoursCheck,
  end: executeEnd,
  assign: executeAssign,
  create_task: executeCreateTask,
  add_tag: executeAddTag,
  pause_bot: executePauseBot,
  // Notes are annotations: the runtime ignores them.
  note: () => STOP,
  voicemail: executeVoicemail,
  offer_callback: executeOfferCallback,
  create_ticket: executeCreateTicket,
};

export function executeNode(node: FlowNode, turn: Turn): StepResult {
  const execute = EXECUTORS[node.type] as Executor<NodeType>;
  return execute(node as NodeOfType<NodeType>, turn);
}
