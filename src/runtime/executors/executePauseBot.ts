import { WAIT, type Executor } from './stepResult';

const MINUTE_MS = 60_000;

/**
 * Silences the bot for days/hours/minutes; it "becomes active again automatically once the timer
 * ends" (product page), which the clock does in runTimers, leaving by the `resumed` port.
 */
export const executePauseBot: Executor<'pause_bot'> = (node, turn) => {
  const { days, hours, minutes } = node.data;
  const until = turn.state.now + ((days * 24 + hours) * 60 + minutes) * MINUTE_MS;
  turn.state.pausedUntil = until;
  turn.state.pauseNodeId = node.id;
  turn.emit('bot_paused', { until }, node.id);
  return WAIT;
};
