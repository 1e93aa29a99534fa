import { leaveBy, type Executor } from './stepResult';

/** A short silence; before a voice handover it lets the caller hear the last sentence. */
export const executePause: Executor<'pause'> = (node, turn) => {
  turn.emit('pause', { seconds: node.data.seconds }, node.id);
  turn.state.now += Math.round(node.data.seconds * 1000);
  return leaveBy('next');
};
