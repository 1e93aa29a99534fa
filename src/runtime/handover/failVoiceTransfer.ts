import type { HandoverOutcome } from '../effects';
import { leaveBy, STOP, type StepResult } from '../executors/stepResult';
import { endConversation, type Turn } from '../turn';
import { emitOutcome } from './emitOutcome';

const DROP_REASONS: Record<'busy' | 'no_answer' | 'rejected', string> = {
  busy: 'The destination was busy',
  no_answer: 'The destination did not answer',
  rejected: 'The transfer was rejected',
};

/**
 * A voice transfer that did not connect. Twilio never retries (Moveo "Voice handover" limitations:
 * "If the destination is busy, does not answer, or rejects the transfer, the call drops"), so the
 * call goes back to the bot only through a wired busy / no_answer / rejected port.
 */
export function failVoiceTransfer(turn: Turn, nodeId: string, outcome: 'busy' | 'no_answer' | 'rejected'): StepResult {
  turn.state.handover = null;
  const connected = emitOutcome(turn, nodeId, outcome satisfies HandoverOutcome, outcome);
  if (connected) return leaveBy(outcome);
  const reason = `${DROP_REASONS[outcome]} and the ${outcome} port is not connected: the call drops (no automatic retry).`;
  turn.emit('call_dropped', { reason }, nodeId);
  endConversation(turn, 'call_dropped', nodeId);
  return STOP;
}
