import { produce, type Draft } from 'immer';
import { updateCalendars } from '../../editor/commands/updateCalendars';
import { WEEKDAY_LABELS, WEEKDAYS, type Calendar } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';
import { listTimeZones } from './listTimeZones';

const f = (pointer: string) => fieldId('flow', pointer);

interface InputProps {
  id: string;
  label: string;
  /** Said before the label but not shown: the row already shows it (the weekday, the holiday number). */
  context?: string;
  type: 'time' | 'date' | 'datetime-local';
  value: string;
  onChange(value: string): void;
}

/** A labelled native date/time input; an empty or partial value is not sent (the browser shows it). */
function DateInput({ id, label, context, type, value, onChange }: InputProps) {
  return (
    <div className="field calendar-input">
      <label htmlFor={id} className="field-label">
        {context && <span className="visually-hidden">{context} </span>}
        {label}
      </label>
      <input id={id} type={type} className="input" value={value} onChange={(e) => e.target.value && onChange(e.target.value)} />
    </div>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="btn btn-ghost btn-sm" aria-label={label} onClick={onClick}>
      Remove
    </button>
  );
}

/** One calendar: name, zone, weekday ranges, holidays and one-off closures. Each change is one undo step. */
export function CalendarCard({ calendar, index }: { calendar: Calendar; index: number }) {
  const store = useEditorStore();
  const at = (pointer: string) => f(`/settings/calendars/${index}${pointer}`);
  const edit = (change: (draft: Draft<Calendar>) => void) => store.run(updateCalendars, { op: 'replace', id: calendar.id, calendar: produce(calendar, change) });
  const zones = listTimeZones(calendar.timeZone);
  return (
    <section className="staff-card calendar-card" aria-label={`Calendar ${calendar.name}`}>
      <div className="staff-row">
        <TextField
          id={at('/name')}
          label="Calendar name"
          value={calendar.name}
          command={updateCalendars}
          args={(name) => ({ op: 'replace' as const, id: calendar.id, calendar: { ...calendar, name } })}
          check={(v) => (v.trim() ? null : 'A calendar needs a name')}
        />
        <RemoveButton label={`Remove calendar ${calendar.name}`} onClick={() => store.run(updateCalendars, { op: 'remove', id: calendar.id })} />
      </div>
      <SelectField
        id={at('/timeZone')}
        label="Time zone"
        value={calendar.timeZone}
        options={zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
        command={updateCalendars}
        args={(timeZone) => ({ op: 'replace' as const, id: calendar.id, calendar: { ...calendar, timeZone } })}
        help="Hours, holidays and closures are read in this zone, daylight-saving changes included."
      />
      <h4 className="calendar-subtitle">Opening hours</h4>
      {WEEKDAYS.map((day) => {
        const label = WEEKDAY_LABELS[day];
        const ranges = calendar.hours[day];
        return (
          <div key={day} className="calendar-day" role="group" aria-label={`${label} hours`} id={at(`/hours/${day}`)} tabIndex={-1}>
            <span className="calendar-day-name">{label}</span>
            {ranges.length === 0 && <span className="field-help">Closed</span>}
            {ranges.map((range, i) => {
              const which = ranges.length > 1 ? `${label} range ${i + 1}` : label;
              return (
                <div key={i} className="calendar-range" id={at(`/hours/${day}/${i}`)} tabIndex={-1}>
                  <DateInput id={at(`/hours/${day}/${i}/from`)} context={which} label="opens" type="time" value={range.from} onChange={(v) => edit((c) => void (c.hours[day][i].from = v))} />
                  <DateInput id={at(`/hours/${day}/${i}/to`)} context={which} label="closes" type="time" value={range.to === '24:00' ? '23:59' : range.to} onChange={(v) => edit((c) => void (c.hours[day][i].to = v))} />
                  <RemoveButton label={`Remove ${which} ${range.from}–${range.to}`} onClick={() => edit((c) => void c.hours[day].splice(i, 1))} />
                </div>
              );
            })}
            <button
              type="button"
              className="btn btn-sm"
              aria-label={`Add hours on ${label}`}
              onClick={() => edit((c) => void c.hours[day].push(ranges.length ? { from: '13:30', to: '18:00' } : { from: '09:00', to: '17:00' }))}
            >
              + Hours
            </button>
          </div>
        );
      })}
      <h4 className="calendar-subtitle">Holidays</h4>
      {calendar.holidays.map((holiday, i) => (
        <div key={i} className="calendar-range" role="group" aria-label={`Holiday ${i + 1}`} id={at(`/holidays/${i}`)} tabIndex={-1}>
          <DateInput id={at(`/holidays/${i}/date`)} context={`Holiday ${i + 1}`} label="date" type="date" value={holiday.date} onChange={(v) => edit((c) => void (c.holidays[i].date = v))} />
          <TextField id={at(`/holidays/${i}/name`)} label={`Holiday ${i + 1} name`} value={holiday.name} command={updateCalendars} args={(name) => ({ op: 'replace' as const, id: calendar.id, calendar: produce(calendar, (c) => void (c.holidays[i].name = name)) })} />
          <CheckboxField id={at(`/holidays/${i}/yearly`)} label="Every year" checked={holiday.yearly} onChange={(yearly) => edit((c) => void (c.holidays[i].yearly = yearly))} />
          <RemoveButton label={`Remove holiday ${i + 1}`} onClick={() => edit((c) => void c.holidays.splice(i, 1))} />
        </div>
      ))}
      <button type="button" className="btn btn-sm" onClick={() => edit((c) => void c.holidays.push({ date: `${new Date().getFullYear()}-12-25`, name: 'Christmas Day', yearly: true }))}>
        + Add holiday
      </button>
      <h4 className="calendar-subtitle">One-off closures</h4>
      {calendar.closures.map((closure, i) => (
        <div key={i} className="calendar-range" role="group" aria-label={`Closure ${i + 1}`} id={at(`/closures/${i}`)} tabIndex={-1}>
          <DateInput id={at(`/closures/${i}/from`)} context={`Closure ${i + 1}`} label="from" type="datetime-local" value={closure.from} onChange={(v) => edit((c) => void (c.closures[i].from = v))} />
          <DateInput id={at(`/closures/${i}/to`)} context={`Closure ${i + 1}`} label="to" type="datetime-local" value={closure.to} onChange={(v) => edit((c) => void (c.closures[i].to = v))} />
          <RemoveButton label={`Remove closure ${i + 1}`} onClick={() => edit((c) => void c.closures.splice(i, 1))} />
        </div>
      ))}
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => edit((c) => void c.closures.push({ from: `${new Date().getFullYear()}-01-02T09:00`, to: `${new Date().getFullYear()}-01-02T13:00`, name: '' }))}
      >
        + Add closure
      </button>
      <p className="inspector-id">
        id <code>{calendar.id}</code>
      </p>
    </section>
  );
}
