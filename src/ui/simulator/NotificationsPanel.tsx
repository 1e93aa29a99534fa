import type { Flow } from '../../schema';
import type { Effect } from '../../runtime';
import { formatClock } from './formatClock';
import { staffName } from './staffName';

const WHAT = { conversation_assigned: 'conversation assigned', task_assigned: 'task assigned' } as const;
const WHY = {
  // Moveo: staff are notified only where "When a conversation/task gets assigned to me" is on.
  setting_off: 'their notification setting is off',
  unknown_staff: 'they are not on the staff list',
} as const;

/** Staff notifications the run sent, and those it skipped with the reason. */
export function NotificationsPanel({ flow, effects }: { flow: Flow; effects: readonly Effect[] }) {
  const items = effects.filter((e) => e.type === 'staff_notified' || e.type === 'notification_skipped');
  return (
    <section className="sim-card" aria-labelledby="sim-notify-heading">
      <h3 className="panel-heading" id="sim-notify-heading">
        Staff notifications
      </h3>
      {items.length === 0 ? (
        <p className="sim-muted">None sent.</p>
      ) : (
        <ul className="sim-list" aria-label="Staff notifications">
          {items.map((e) =>
            e.type === 'staff_notified' ? (
              <li key={e.seq}>
                <span className="sim-pill sim-pill-success">Sent</span> {staffName(flow, e.staffId)}: {WHAT[e.reason]} <span className="sim-muted">{formatClock(e.at)}</span>
              </li>
            ) : e.type === 'notification_skipped' ? (
              <li key={e.seq}>
                <span className="sim-pill">Skipped</span> {staffName(flow, e.staffId)}: {WHAT[e.reason]} — {WHY[e.because]}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}
