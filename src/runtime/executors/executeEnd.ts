import { endConversation } from '../turn';
import { STOP, type Executor } from './stepResult';

export const executeEnd: Executor<'end'> = (node, turn) => {
  endConversation(turn, 'The flow reached an End node.', node.id);
  return STOP;
};
