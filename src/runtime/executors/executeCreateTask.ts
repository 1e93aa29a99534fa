import { createContactTask } from './createContactTask';
import { leaveBy, type Executor } from './stepResult';

/** A task on the contact, due `dueHours` after the trigger fired (24 h on the product page). */
export const executeCreateTask: Executor<'create_task'> = (node, turn) => {
  createContactTask(turn, node.data, node.id);
  return leaveBy('next');
};
