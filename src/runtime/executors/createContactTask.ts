import type { Turn } from '../turn';
import { notifyStaff } from './notifyStaff';

const HOUR_MS = 3_600_000;

/**
 * Puts a task on the contact, due `dueHours` after the trigger fired (24 h on the product page),
 * and notifies its assignee where their settings allow. Create task and Offer callback share it,
 * so a callback task is the same task_created effect and the same due timer.
 */
export function createContactTask(turn: Turn, task: { title: string; assigneeId: string | null; dueHours: number }, nodeId: string): string {
  const { title, assigneeId, dueHours } = task;
  const taskId = `task-${turn.state.contact.tasks.length + 1}`;
  const dueAt = turn.triggerAt + Math.round(dueHours * HOUR_MS);
  turn.state.contact.tasks.push({ id: taskId, title, assigneeId, dueAt, due: false });
  turn.emit('task_created', { taskId, title, assigneeId, dueAt }, nodeId);
  if (assigneeId) notifyStaff(turn, assigneeId, 'task_assigned', nodeId);
  return taskId;
}
