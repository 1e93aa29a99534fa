import { endConversation, type Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';

/**
 * The person is done. Chat: the bot takes the conversation back → `resolved` (Messenger: thread
 * control returned to the bot). Taking back ends a pause_bot cooldown early — the cooldown is "a
 * window for the team to step in", and the team has finished — so the bot can speak on `resolved`.
 * Voice has no way back to the bot: the transferred call ends.
 */
export function resolveByAgent(turn: Turn): void {
  const s = turn.state;
  const handover = s.handover;
  if (!handover) return;
  turn.emit('conversation_resolved', {}, handover.nodeId);
  s.handover = null;
  s.inbox.queue = null;
  if (handover.destination === 'voice') {
    endConversation(turn, 'The agent ended the transferred call.', handover.nodeId);
    return;
  }
  if (s.pausedUntil !== null) {
    turn.emit('bot_resumed', {}, s.pauseNodeId ?? undefined);
    s.pausedUntil = null;
    s.pauseNodeId = null;
  }
  if (emitOutcome(turn, handover.nodeId, 'resolved', 'resolved')) continueFrom(turn, handover.nodeId, 'resolved');
}
