import { queueForAgent } from '../handover/queueForAgent';
import { startMessengerHandover } from '../handover/startMessengerHandover';
import { startVoiceHandover } from '../handover/startVoiceHandover';
import type { Executor } from './stepResult';

/** Hands the conversation to a person; each destination has its own provider behaviour. */
export const executeHandover: Executor<'handover'> = (node, turn) => {
  switch (node.data.destination.kind) {
    case 'live_chat':
    case 'zendesk':
      return queueForAgent(node, turn);
    case 'messenger':
      return startMessengerHandover(node, turn);
    case 'voice':
      return startVoiceHandover(node, turn);
  }
};
