import { interpolate } from '../interpolate';
import { leaveBy, type Executor } from './stepResult';

/**
 * The bot says something — unless a person owns the conversation (Messenger: the bot must not send
 * while another app owns the thread) or the bot is paused; then the text is suppressed, visibly.
 */
export const executeMessage: Executor<'message'> = (node, turn) => {
  const s = turn.state;
  const text = interpolate(node.data.text, s.variables);
  if (s.handover) {
    const reason =
      s.handover.destination === 'messenger'
        ? 'The Page Inbox owns the Messenger thread: the bot must not send until control comes back.'
        : 'A person owns the conversation: the bot stays silent.';
    turn.emit('message_suppressed', { text, reason }, node.id);
  } else if (s.pausedUntil !== null) {
    turn.emit('message_suppressed', { text, reason: `The bot is paused until ${s.pausedUntil} ms.` }, node.id);
  } else {
    turn.emit('bot_says', { text }, node.id);
  }
  return leaveBy('next');
};
