import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';
import { leaveVoiceQueue } from './voiceQueue';

/**
 * Nobody picked the conversation up in time. With the `timeout` port wired the bot takes the
 * conversation back and walks on; otherwise it keeps waiting ("remains unassigned until a staff
 * member claims it"). A caller in a Twilio queue leaves by No answer instead (leaveVoiceQueue).
 */
export function queueTimedOut(turn: Turn): void {
  const handover = turn.state.handover;
  if (!handover || handover.phase !== 'queued') return;
  if (handover.destination === 'voice') {
    leaveVoiceQueue(turn, 'no_answer');
    return;
  }
  handover.timeoutAt = null;
  if (!emitOutcome(turn, handover.nodeId, 'timeout', 'timeout')) return;
  turn.state.handover = null;
  turn.state.inbox.queue = null;
  continueFrom(turn, handover.nodeId, 'timeout');
}
