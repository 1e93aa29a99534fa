import type { NodeOfType } from '../../schema';
import { leaveBy, WAIT, type StepResult } from '../executors/stepResult';
import { notifyStaff } from '../executors/notifyStaff';
import { buildLiveChatHandover } from '../providers/buildLiveChatHandover';
import { buildZendeskHandover } from '../providers/buildZendeskHandover';
import type { Turn } from '../turn';
import { emitOutcome } from './emitOutcome';
import { startQueueWait } from './queueWait';
import { emitAgentContext } from './emitAgentContext';

const MINUTE_MS = 60_000;

/**
 * Live chat and Zendesk handovers: the conversation waits for an agent.
 * - No agents (none available, or outside business hours; a Zendesk department "may be offline"):
 *   the `no_agents` port when it is wired, else the conversation waits in the queue anyway.
 * - Live chat: "conversations … not assigned to an agent are available in the Live chat menu, under
 *   the Unassigned section" — so with nobody assigned it is left in Live chat → Unassigned.
 * - Zendesk: transferToDepartment with the action's `department_routing` id (Zendesk Chat), or the
 *   messaging switchboard's passControl (buildZendeskHandover).
 * The queue timeout is a timer (queueTimeoutMinutes) that leaves by `timeout`.
 * While it waits, `waiting` sends the position and estimated wait at intervals and may offer a
 * callback (see fireQueueWait); a rehearsed scene gives the place in line and when an agent answers.
 */
export function queueForAgent(node: NodeOfType<'handover'>, turn: Turn): StepResult {
  const dest = node.data.destination;
  if (dest.kind !== 'live_chat' && dest.kind !== 'zendesk') throw new Error('queueForAgent: not a queue destination');
  const s = turn.state;
  const noAgents = !s.agentsAvailable || !s.withinHours;
  if (noAgents && turn.index.target(node.id, 'no_agents') !== null) {
    emitOutcome(turn, node.id, 'no_agents', 'no_agents');
    return leaveBy('no_agents');
  }

  // What the agent receives: the effect for live chat; Zendesk's switchboard metadata carries it.
  const context = emitAgentContext(node, turn);
  if (dest.kind === 'live_chat') {
    const assignee = dest.assigneeId ?? s.contact.assigneeId;
    turn.emit('handover', { destination: 'live_chat', request: buildLiveChatHandover(assignee) }, node.id);
    if (dest.assigneeId) {
      s.contact.assigneeId = dest.assigneeId;
      turn.emit('assigned', { staffId: dest.assigneeId }, node.id);
      notifyStaff(turn, dest.assigneeId, 'conversation_assigned', node.id);
    } else if (assignee === null) {
      turn.emit('left_unassigned', { queue: 'Unassigned' }, node.id);
    }
    s.inbox.queue = assignee ? 'assigned' : 'unassigned';
  } else {
    turn.emit('handover', { destination: 'zendesk', request: buildZendeskHandover(context ? { ...dest, switchboardMetadata: [...dest.switchboardMetadata, ...context.entries] } : dest, s.variables) }, node.id);
  }

  s.handover = {
    nodeId: node.id,
    destination: dest.kind,
    phase: 'queued',
    since: s.now,
    timeoutAt: s.now + dest.queueTimeoutMinutes * MINUTE_MS,
    ...(dest.waiting || s.queueScene ? { wait: startQueueWait(s.now, dest.waiting, s.queueScene ?? { position: 1, answerAfterMs: null }) } : {}),
  };
  return WAIT;
}
