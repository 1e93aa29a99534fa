import type { NotificationReason } from '../effects';
import type { Turn } from '../turn';

/**
 * Staff hear of an assigned conversation or task only where their notification settings allow
 * ("When a conversation gets assigned to me" / "When a task gets assigned to me", My Staff →
 * Notification Settings on the human-handover page).
 */
export function notifyStaff(turn: Turn, staffId: string, reason: NotificationReason, nodeId: string): void {
  const member = turn.flow.settings.staff.find((s) => s.id === staffId);
  if (!member) {
    turn.emit('notification_skipped', { staffId, reason, because: 'unknown_staff' }, nodeId);
    return;
  }
  const allowed = reason === 'conversation_assigned' ? member.notifications.conversationAssigned : member.notifications.taskAssigned;
  if (allowed) turn.emit('staff_notified', { staffId, reason }, nodeId);
  else turn.emit('notification_skipped', { staffId, reason, because: 'setting_off' }, nodeId);
}
