import { leaveBy, type Executor } from './stepResult';

/** Follows the port of the conversation's channel; a channel whose port is unconnected goes to `other`. */
export const executeChannelRouter: Executor<'channel_router'> = (node, turn) => {
  const channel = turn.state.channel;
  return leaveBy(turn.index.target(node.id, channel) !== null ? channel : 'other');
};
