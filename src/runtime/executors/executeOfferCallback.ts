import { interpolate } from '../interpolate';
import { WAIT, type Executor } from './stepResult';

/**
 * Offer a callback: the bot asks for a number and waits for the reply (answerCallbackAsk reads
 * it, reads it back, and books the callback on a "yes"). Zendesk offers callbacks natively on a
 * Talk line with no agents (seed: "Offering the user a callback when an agent becomes available");
 * this lets the flow do it on any line.
 */
export const executeOfferCallback: Executor<'offer_callback'> = (node, turn) => {
  const s = turn.state;
  turn.emit('bot_says', { text: interpolate(node.data.ask, s.variables) }, node.id);
  s.callbackAsk = { nodeId: node.id, step: 'number', failures: 0 };
  return WAIT;
};
