import type { NodeOfType, VoiceQueue } from '../../schema';
import { WAIT, type StepResult } from '../executors/stepResult';
import { buildTwilioEnqueue } from '../providers/buildTwilioEnqueue';
import type { Turn } from '../turn';
import { failVoiceTransfer } from './failVoiceTransfer';
import { startQueueWait } from './queueWait';

const MINUTE_MS = 60_000;

/**
 * A voice handover that waits in a Twilio queue: the live call is redirected to <Enqueue>, and
 * the caller waits (pending) until an agent dequeues them (<Dial><Queue>: Transferred), the flow
 * takes them out after `maxWaitMinutes` (No answer) or for a callback (Callback), they hang up
 * (User left), or the queue refuses them (Rejected). The scene's queue position and answer time
 * rehearse the wait, as for live chat and Zendesk. A browser call is refused as any voice handover.
 */
export function enqueueCall(node: NodeOfType<'handover'>, turn: Turn, queue: VoiceQueue, browserRejection: string): StepResult {
  const dest = node.data.destination;
  const s = turn.state;
  turn.emit('handover', { destination: 'voice', request: buildTwilioEnqueue(queue, turn.flow.settings.voice.recording) }, node.id);
  if (s.channel === 'web_voice') {
    turn.emit('handover_rejected', { reason: browserRejection }, node.id);
    return failVoiceTransfer(turn, node.id, 'rejected');
  }
  const waiting = dest.kind === 'voice' ? dest.waiting : undefined;
  s.handover = {
    nodeId: node.id,
    destination: 'voice',
    phase: 'queued',
    since: s.now,
    timeoutAt: s.now + queue.maxWaitMinutes * MINUTE_MS,
    wait: startQueueWait(s.now, waiting, s.queueScene ?? { position: 1, answerAfterMs: null }),
  };
  return WAIT;
}
