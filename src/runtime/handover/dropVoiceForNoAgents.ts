import { emitOutcome } from './emitOutcome';
import { leaveBy, STOP, type StepResult } from '../executors/stepResult';
import { endConversation, type Turn } from '../turn';

/** Seed, Zendesk voice handover setup: "If no agents are available: The call is dropped." */
export const ZENDESK_NO_AGENTS_DROP =
  'No agent is available on the Zendesk Talk line (or it is closed), so Zendesk drops the call; connect the No agents port to a voicemail, a ticket or a callback.';

/**
 * A transfer to a Zendesk Talk line with nobody to take it. With the No agents port wired the bot
 * keeps the call (it checked the line first, as a queued Zendesk handover checks the department)
 * and goes on to the fallback; without it the transfer goes out and Zendesk drops the call.
 */
export function dropVoiceForNoAgents(turn: Turn, nodeId: string, wired: boolean): StepResult {
  emitOutcome(turn, nodeId, 'no_agents', 'no_agents');
  if (wired) return leaveBy('no_agents');
  turn.emit('call_dropped', { reason: ZENDESK_NO_AGENTS_DROP }, nodeId);
  endConversation(turn, 'call_dropped', nodeId);
  return STOP;
}
