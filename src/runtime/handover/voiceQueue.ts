import type { TwilioQueueResult, VoiceQueue } from '../../schema';
import { buildQueueWaitTwiml, LEAVE_TWIML } from '../providers/buildQueueWaitTwiml';
import { endConversation, type Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { abandonQueue } from './abandonQueue';
import { acceptByAgent } from './acceptByAgent';
import { emitOutcome } from './emitOutcome';
import { failVoiceTransfer } from './failVoiceTransfer';

/** The Twilio queue of the handover the caller waits in, or null when the conversation is not in one. */
export function voiceQueueOf(turn: Turn): VoiceQueue | null {
  const h = turn.state.handover;
  if (h?.destination !== 'voice' || h.phase !== 'queued') return null;
  const node = turn.index.nodes.get(h.nodeId);
  return node?.type === 'handover' && node.data.destination.kind === 'voice' ? (node.data.destination.queue ?? null) : null;
}

/**
 * The flow takes the caller out of the Twilio queue by `port` (the callback was accepted, or the
 * longest wait is over). The caller is still in Twilio's queue: the wait URL's next answer is
 * <Leave/>, and the flow walks on when the <Enqueue> action reports QueueResult `leave`
 * (finishVoiceQueue). With the port unconnected the caller stays in the queue, as in chat.
 * Returns whether the caller leaves.
 */
export function leaveVoiceQueue(turn: Turn, port: 'callback' | 'no_answer'): boolean {
  const h = turn.state.handover;
  if (!h?.wait) return false;
  if (turn.index.target(h.nodeId, port) === null) {
    if (port === 'no_answer') emitOutcome(turn, h.nodeId, 'no_answer', 'no_answer');
    h.timeoutAt = port === 'no_answer' ? null : h.timeoutAt;
    return false;
  }
  h.timeoutAt = null;
  h.wait = { ...h.wait, leaveBy: port, answerAt: null, nextMessageAt: null, offerAt: null };
  return true;
}

/**
 * Twilio asks what the waiting caller hears (a wait URL request, which brings QueuePosition and
 * AvgQueueTime as a queue_update): the engine answers with the TwiML (wait_twiml).
 */
export function answerWaitUrl(turn: Turn, queue: VoiceQueue): void {
  const s = turn.state;
  const h = s.handover;
  const node = h ? turn.index.nodes.get(h.nodeId) : undefined;
  if (!h?.wait || node?.type !== 'handover' || node.data.destination.kind !== 'voice') return;
  const answer = buildQueueWaitTwiml({ queue, waiting: node.data.destination.waiting, wait: h.wait, since: h.since, deadline: h.timeoutAt, now: s.now, variables: s.variables });
  h.wait = answer.wait;
  turn.emit('wait_twiml', { twiml: answer.twiml, said: answer.said, leaving: answer.leaving }, h.nodeId);
}

/** The <Gather> action's answer once the caller accepted the callback: <Leave/>. */
export function answerLeave(turn: Turn, nodeId: string): void {
  turn.emit('wait_twiml', { twiml: LEAVE_TWIML, said: [], leaving: true }, nodeId);
}

/**
 * Why the call left the Twilio queue: the <Enqueue> action request's QueueResult (TwiML <Enqueue>
 * reference, "QueueResult values"), mapped onto the handover's ports:
 * - bridged, redirected-from-bridged: an agent dequeued the caller → Transferred (Twilio requests
 *   the action only once the bridged call has ended, as <Dial action> does);
 * - hangup: the caller hung up while waiting → User left;
 * - leave: the <Leave/> the flow asked for → Callback or No answer, whichever it chose (a <Leave>
 *   it did not ask for → No answer);
 * - queue-full, error, system-error, redirected (taken out by someone else's REST request): the
 *   queue did not connect the caller to anyone → Rejected, or the call drops;
 * - bridging-in-process: nothing yet (bridged follows).
 * Returns false when the result changes nothing (the caller of this reports why).
 */
export function finishVoiceQueue(turn: Turn, result: TwilioQueueResult): boolean {
  const s = turn.state;
  const h = s.handover;
  if (!h || h.destination !== 'voice' || !h.wait) return false;
  switch (result) {
    case 'bridging-in-process':
      return false;
    case 'bridged':
    case 'redirected-from-bridged':
      if (h.phase !== 'queued') return false;
      acceptByAgent(turn, undefined);
      return true;
    case 'hangup':
      if (h.phase !== 'queued') {
        endConversation(turn, 'The caller hung up.');
        return true;
      }
      abandonQueue(turn, 'The caller hung up.');
      return true;
    case 'leave': {
      if (h.phase !== 'queued') return false;
      const port = h.wait.leaveBy ?? 'no_answer';
      s.handover = null;
      s.inbox.queue = null;
      if (port === 'callback') {
        if (emitOutcome(turn, h.nodeId, 'callback', 'callback')) continueFrom(turn, h.nodeId, 'callback');
        return true;
      }
      const next = failVoiceTransfer(turn, h.nodeId, 'no_answer');
      if (next.kind === 'port') continueFrom(turn, h.nodeId, next.port);
      return true;
    }
    default: {
      if (h.phase !== 'queued') return false;
      s.inbox.queue = null;
      const next = failVoiceTransfer(turn, h.nodeId, 'rejected');
      if (next.kind === 'port') continueFrom(turn, h.nodeId, next.port);
      return true;
    }
  }
}
