import { leaveBy, type Executor } from './stepResult';
import { notifyStaff } from './notifyStaff';

/**
 * Assigns the conversation to a chosen user; with skipIfAssigned an existing assignee is kept
 * ("Skip assignment if the contact already has an assigned user").
 */
export const executeAssign: Executor<'assign'> = (node, turn) => {
  const contact = turn.state.contact;
  const staffId = node.data.assigneeId;
  if (node.data.skipIfAssigned && contact.assigneeId !== null) {
    turn.emit('assign_skipped', { reason: 'The contact already has an assigned user.', currentAssigneeId: contact.assigneeId }, node.id);
  } else if (staffId === '') {
    turn.emit('assign_skipped', { reason: 'No staff member is chosen.', currentAssigneeId: contact.assigneeId ?? '' }, node.id);
  } else {
    contact.assigneeId = staffId;
    if (turn.state.inbox.queue === 'unassigned') turn.state.inbox.queue = 'assigned';
    turn.emit('assigned', { staffId }, node.id);
    notifyStaff(turn, staffId, 'conversation_assigned', node.id);
  }
  return leaveBy('next');
};
