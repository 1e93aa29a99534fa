import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';
import { waitingOf } from './fireQueueWait';
import { answerLeave, leaveVoiceQueue, voiceQueueOf } from './voiceQueue';

/** The callback phrase a reply contains (any case), or null: only once the offer has been made. */
export function matchCallbackReply(turn: Turn, text: string): string | null {
  const handover = turn.state.handover;
  if (handover?.phase !== 'queued' || !handover.wait || handover.wait.offerAt !== null) return null;
  const waiting = waitingOf(turn);
  if (!waiting || waiting.offerCallbackAfterMinutes === null) return null;
  // A caller in a Twilio queue presses the callback key in the offer's <Gather>.
  const digit = voiceQueueOf(turn)?.callbackDigit;
  if (digit !== undefined && text.trim() === digit) return digit;
  const lower = text.toLowerCase();
  return waiting.callbackPhrases.find((p) => p.trim() !== '' && lower.includes(p.trim().toLowerCase())) ?? null;
}

/**
 * The user takes the callback offer: the conversation leaves the queue and the flow walks on from
 * the Callback port (typically a confirmation and a Create task for the callback, with its due
 * time). With the port unconnected nobody would call back, so the user stays in the queue.
 */
export function acceptCallback(turn: Turn, matched: string): void {
  const s = turn.state;
  const handover = s.handover;
  if (!handover) return;
  turn.emit('callback_accepted', { matched }, handover.nodeId);
  // A caller in a Twilio queue first leaves it (<Leave/>); the flow walks on at QueueResult leave.
  if (handover.destination === 'voice') {
    if (leaveVoiceQueue(turn, 'callback')) answerLeave(turn, handover.nodeId);
    return;
  }
  if (!emitOutcome(turn, handover.nodeId, 'callback', 'callback')) return;
  s.handover = null;
  s.inbox.queue = null;
  continueFrom(turn, handover.nodeId, 'callback');
}
