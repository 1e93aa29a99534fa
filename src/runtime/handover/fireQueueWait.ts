import type { Waiting } from '../../schema';
import { interpolate } from '../interpolate';
import type { Turn } from '../turn';
import { acceptByAgent } from './acceptByAgent';
import { estimateMinutes, formatEstimatedWait, nextQueueWaitTimer, queueStatusAt, QUEUE_WAIT_MINUTE_MS, type QueueWaitTimer } from './queueWait';

/** The waiting settings of the queued handover's node, if it has them. */
export function waitingOf(turn: Turn): Waiting | undefined {
  const handover = turn.state.handover;
  const node = handover ? turn.index.nodes.get(handover.nodeId) : undefined;
  if (node?.type !== 'handover') return undefined;
  const dest = node.data.destination;
  return 'waiting' in dest ? dest.waiting : undefined;
}

/** When the queued handover's next waiting timer is due, or null. */
export function queueWaitTimerOf(turn: Turn): QueueWaitTimer | null {
  const handover = turn.state.handover;
  return handover?.phase === 'queued' ? nextQueueWaitTimer(handover.wait) : null;
}

/**
 * One waiting timer of a queued handover: an agent picks up (a rehearsed answer time), the user is
 * offered a callback, or the queue sends its message with the position and estimated wait — the
 * waitUrl of Twilio <Enqueue> ("You are caller {{QueuePosition}}"), Zendesk's and live chat's queue
 * messages. The message repeats every `everyMinutes` until the wait ends.
 */
export function fireQueueWait(turn: Turn, timer: QueueWaitTimer): void {
  const s = turn.state;
  const handover = s.handover;
  const wait = handover?.wait;
  if (!handover || handover.phase !== 'queued' || !wait) return;
  const waiting = waitingOf(turn);
  if (timer.what === 'answer') {
    handover.wait = { ...wait, answerAt: null };
    acceptByAgent(turn, undefined);
    return;
  }
  if (timer.what === 'offer') {
    handover.wait = { ...wait, offerAt: null };
    if (waiting) turn.emit('callback_offered', { text: interpolate(waiting.callbackOffer, s.variables) }, handover.nodeId);
    return;
  }
  handover.wait = { ...wait, nextMessageAt: waiting ? s.now + waiting.everyMinutes * QUEUE_WAIT_MINUTE_MS : null };
  if (!waiting) return;
  const { position, estimateMs } = queueStatusAt(wait, s.now);
  const text = interpolate(waiting.message, { ...s.variables, queue_position: String(position), estimated_wait: formatEstimatedWait(estimateMs) });
  turn.emit('waiting_message', { text, position, estimatedWaitMinutes: estimateMinutes(estimateMs) }, handover.nodeId);
}
