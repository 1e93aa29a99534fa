import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';

/** An agent picks up a queued live chat or Zendesk conversation → `transferred`. */
export function acceptByAgent(turn: Turn, staffId: string | undefined): void {
  const s = turn.state;
  const handover = s.handover;
  if (!handover || handover.phase !== 'queued') return;
  const agent = staffId ?? (handover.destination === 'live_chat' ? s.contact.assigneeId : null);
  handover.phase = 'connected';
  handover.timeoutAt = null;
  s.agentId = agent;
  if (handover.destination === 'live_chat' && agent) {
    s.contact.assigneeId = agent;
    s.inbox.queue = 'assigned';
  }
  turn.emit('agent_joined', { staffId: agent }, handover.nodeId);
  emitOutcome(turn, handover.nodeId, 'accepted', 'transferred');
  continueFrom(turn, handover.nodeId, 'transferred');
}
