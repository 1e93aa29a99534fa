import { endConversation, type Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';

/**
 * How the conversation comes back to the bot (the hand back): the agent resolved it, the agent
 * released it without resolving (Messenger: thread control passed back), or nobody wrote for the
 * handover's handBackAfterIdleMinutes.
 */
export type HandBack = 'resolved' | 'released' | 'idle';

/**
 * The person is done. Chat: the bot takes the conversation back → `resolved` (Messenger: thread
 * control returned to the bot). Taking back ends a pause_bot cooldown early — the cooldown is "a
 * window for the team to step in", and the team has finished — so the bot can speak on `resolved`.
 * Voice has no way back to the bot: the transferred call ends (only `resolved` reaches here for a call).
 */
export function resolveByAgent(turn: Turn, how: HandBack = 'resolved'): void {
  const s = turn.state;
  const handover = s.handover;
  if (!handover) return;
  if (handover.destination === 'voice') {
    turn.emit('conversation_resolved', {}, handover.nodeId);
    endConversation(turn, 'The agent ended the transferred call.', handover.nodeId);
    return;
  }
  // Ownership moves first, so the ownership_changed effect comes before the effect that explains it.
  s.handover = null;
  s.inbox.queue = null;
  if (how === 'resolved') turn.emit('conversation_resolved', {}, handover.nodeId);
  else turn.emit('conversation_released', { by: how === 'idle' ? 'idle' : 'agent' }, handover.nodeId);
  if (s.pausedUntil !== null) {
    turn.emit('bot_resumed', {}, s.pauseNodeId ?? undefined);
    s.pausedUntil = null;
    s.pauseNodeId = null;
  }
  if (emitOutcome(turn, handover.nodeId, 'resolved', 'resolved')) continueFrom(turn, handover.nodeId, 'resolved');
}
