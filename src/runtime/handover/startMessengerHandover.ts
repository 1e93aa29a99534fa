import type { NodeOfType } from '../../schema';
import { leaveBy, type StepResult } from '../executors/stepResult';
import { interpolate } from '../interpolate';
import { buildMessengerPassThreadControl, PSID_PLACEHOLDER } from '../providers/buildMessengerPassThreadControl';
import type { Turn } from '../turn';
import { emitOutcome } from './emitOutcome';

/**
 * Messenger: pass thread control to the Page Inbox (Handover Protocol). The inbox owns the thread
 * at once, so the handover is `transferred` immediately; the bot must not send until control comes
 * back (agent_resolve = thread control returned → `resolved`).
 */
export function startMessengerHandover(node: NodeOfType<'handover'>, turn: Turn): StepResult {
  const dest = node.data.destination;
  if (dest.kind !== 'messenger') throw new Error('startMessengerHandover: not a Messenger destination');
  const s = turn.state;
  const psid = s.variables.psid ?? PSID_PLACEHOLDER;
  turn.emit('handover', { destination: 'messenger', request: buildMessengerPassThreadControl(psid, interpolate(dest.metadata, s.variables)) }, node.id);
  s.handover = { nodeId: node.id, destination: 'messenger', phase: 'connected', since: s.now, timeoutAt: null };
  s.inbox.queue = null;
  emitOutcome(turn, node.id, 'thread_passed', 'transferred');
  return leaveBy('transferred');
}
