import { updateCalendars } from '../../editor/commands/updateCalendars';
import type { Calendar } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CalendarCard } from './CalendarCard';
import { fieldId } from './fieldId';

/** Flow settings → Calendars: the business calendars Hours nodes refer to. */
export function CalendarsEditor({ calendars }: { calendars: readonly Calendar[] }) {
  const store = useEditorStore();
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return (
    <div className="inspector-section" id={fieldId('flow', '/settings/calendars')} tabIndex={-1}>
      <h3 className="section-title">Calendars</h3>
      <p className="field-help">Opening hours per weekday in a time zone, holidays and one-off closures. An Hours node branches on one of them: open, closed or holiday.</p>
      {calendars.map((calendar, i) => (
        <CalendarCard key={calendar.id} calendar={calendar} index={i} />
      ))}
      <button type="button" className="btn btn-sm" onClick={() => store.run(updateCalendars, { op: 'add', name: `Business hours ${calendars.length + 1}`, timeZone: localZone })}>
        + Add calendar
      </button>
    </div>
  );
}
