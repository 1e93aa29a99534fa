import type { NodeOfType } from '../../schema';
import { leaveBy, type StepResult } from '../executors/stepResult';
import { buildMessengerHandover } from '../providers/buildMessengerHandover';
import { PSID_PLACEHOLDER } from '../providers/buildMessengerPassThreadControl';
import type { Turn } from '../turn';
import { emitOutcome } from './emitOutcome';
import { emitAgentContext } from './emitAgentContext';

/**
 * Messenger: pass thread control to the Page Inbox (or the app the destination names), by the
 * Handover Protocol or by Conversation Routing. The receiving app owns the thread at once, so the
 * handover is `transferred` immediately; the bot must not send until control comes back
 * (agent_resolve = thread control returned → `resolved`).
 * Under Conversation Routing the pass travels on a Send API message, which the person reads: the
 * bot says it just before the thread changes hands.
 */
export function startMessengerHandover(node: NodeOfType<'handover'>, turn: Turn): StepResult {
  const dest = node.data.destination;
  if (dest.kind !== 'messenger') throw new Error('startMessengerHandover: not a Messenger destination');
  const s = turn.state;
  const psid = s.variables.psid ?? PSID_PLACEHOLDER;
  // With a context, the metadata carries it (as JSON, the destination's own text under `metadata`).
  const context = emitAgentContext(node, turn);
  const request = buildMessengerHandover(context ? { ...dest, metadata: context.payload } : dest, psid, s.variables);
  if (request.path === '/me/messages' && request.body.message.text) turn.emit('bot_says', { text: request.body.message.text }, node.id);
  turn.emit('handover', { destination: 'messenger', request }, node.id);
  s.handover = { nodeId: node.id, destination: 'messenger', phase: 'connected', since: s.now, timeoutAt: null };
  s.inbox.queue = null;
  emitOutcome(turn, node.id, 'thread_passed', 'transferred');
  return leaveBy('transferred');
}
