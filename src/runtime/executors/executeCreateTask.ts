import { leaveBy, type Executor } from './stepResult';
import { notifyStaff } from './notifyStaff';

const HOUR_MS = 3_600_000;

/** A task on the contact, due `dueHours` after the trigger fired (24 h on the product page). */
export const executeCreateTask: Executor<'create_task'> = (node, turn) => {
  const { title, assigneeId, dueHours } = node.data;
  const taskId = `task-${turn.state.contact.tasks.length + 1}`;
  const dueAt = turn.triggerAt + Math.round(dueHours * HOUR_MS);
  turn.state.contact.tasks.push({ id: taskId, title, assigneeId, dueAt, due: false });
  turn.emit('task_created', { taskId, title, assigneeId, dueAt }, node.id);
  if (assigneeId) notifyStaff(turn, assigneeId, 'task_assigned', node.id);
  return leaveBy('next');
};
