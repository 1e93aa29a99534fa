import { handoverPortsOf } from '../../schema';
import { endConversation, type Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';
import { queueStatusAt } from './queueWait';

/**
 * The user gives up while waiting for a person (user_left while queued): the queue loses them
 * (queue_abandoned, with how long they waited and where they were in line). A handover with
 * waiting on has a User left port for the follow-up — a task or a tag; the user has gone, so a
 * message there reaches nobody. Then the conversation ends, as any user_left does.
 */
export function abandonQueue(turn: Turn, reason: string): void {
  const s = turn.state;
  const handover = s.handover;
  if (!handover || handover.phase !== 'queued') return;
  const position = handover.wait ? queueStatusAt(handover.wait, s.now).position : 1;
  turn.emit('queue_abandoned', { waitedMs: s.now - handover.since, position }, handover.nodeId);
  s.handover = null;
  s.inbox.queue = null;
  const port = turn.index.nodes.get(handover.nodeId);
  const hasPort = port?.type === 'handover' && handoverPortsOf(port.data.destination).includes('abandoned');
  if (hasPort && emitOutcome(turn, handover.nodeId, 'abandoned', 'abandoned')) continueFrom(turn, handover.nodeId, 'abandoned');
  if (s.endedReason === null) endConversation(turn, reason);
}
