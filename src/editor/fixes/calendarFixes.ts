import type { Draft } from 'immer';
import type { Diagnostic } from '../../rules/diagnostic';
import { isTimeZone, minutesOf, nameNode, WEEKDAY_LABELS, WEEKDAYS, type Calendar, type Flow, type Weekday } from '../../schema';
import { pointerSegments } from '../jsonSync/locatePointer';
import { createId } from '../createId';
import { connectPortFix } from './connectPortFix';
import { draftNode, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

/** Calendars offered for an Hours node that names none: a short list, not all fifty. */
const MAX_CHOICES = 3;

const HOURS_TEXTS = {
  closed: 'We are closed right now. Leave a message and we will get back to you when we open.',
  holiday: 'We are closed today for a holiday. Leave a message and we will get back to you on our next working day.',
};

/** Where in the calendars a diagnostic's path points: `/settings/calendars/0/hours/mon/1`. */
function placeOf(d: Diagnostic, flow: Flow) {
  const parts = d.path ? pointerSegments(d.path) : [];
  if (parts[0] !== 'settings' || parts[1] !== 'calendars') return undefined;
  const index = Number(parts[2]);
  const calendar = flow.settings.calendars[index];
  return calendar ? { index, calendar, rest: parts.slice(3) } : undefined;
}

function editCalendar(index: number, calendar: Calendar, edit: (draft: Draft<Calendar>) => void | false): QuickFix['apply'] {
  return (draft) => {
    const target = draft.settings.calendars[index];
    // Found by index, so check it is still the same calendar before touching it.
    if (target?.id !== calendar.id || target.name !== calendar.name) return false;
    return edit(target);
  };
}

const byStart = (a: { from: string }, b: { from: string }) => minutesOf(a.from) - minutesOf(b.from);
// "europe/berlin", "Europe/Berlín" and "America/New York" each mean one IANA zone.
const normalZone = (name: string) => name.trim().normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, '_');

export const calendarFixes = {
  'calendar.time_zone.unknown': (d, flow) => {
    const at = placeOf(d, flow);
    if (!at) return [];
    const wanted = normalZone(at.calendar.timeZone);
    const zone = Intl.supportedValuesOf('timeZone').find((z) => normalZone(z) === wanted);
    if (!zone || !isTimeZone(zone)) return [];
    return [{ id: 'use-zone', label: `Use the time zone ${zone}`, apply: editCalendar(at.index, at.calendar, (c) => void (c.timeZone = zone)) }];
  },
  'calendar.range.backwards': (d, flow) => {
    const at = placeOf(d, flow);
    const day = at?.rest[1] as Weekday | undefined;
    const i = Number(at?.rest[2]);
    const range = at && day && WEEKDAYS.includes(day) ? at.calendar.hours[day][i] : undefined;
    if (!at || !day || !range) return [];
    const same = (ranges: { from: string; to: string }[]) => ranges[i]?.from === range.from && ranges[i]?.to === range.to;
    if (minutesOf(range.to) === minutesOf(range.from)) {
      return [
        {
          id: 'remove-range',
          label: `Remove the empty range ${range.from}–${range.to} on ${WEEKDAY_LABELS[day]}`,
          apply: editCalendar(at.index, at.calendar, (c) => (same(c.hours[day]) ? void c.hours[day].splice(i, 1) : false)),
        },
      ];
    }
    const next = WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length];
    const carries = minutesOf(range.to) > 0;
    return [
      {
        id: 'split-range',
        label: `End ${range.from}–${range.to} on ${WEEKDAY_LABELS[day]} at 24:00${carries ? ` and open ${WEEKDAY_LABELS[next]} 00:00–${range.to}` : ''}`,
        apply: editCalendar(at.index, at.calendar, (c) => {
          if (!same(c.hours[day])) return false;
          c.hours[day][i].to = '24:00';
          if (carries) {
            c.hours[next].push({ from: '00:00', to: range.to });
            c.hours[next].sort(byStart);
          }
        }),
      },
    ];
  },
  'calendar.range.overlap': (d, flow) => {
    const at = placeOf(d, flow);
    const day = at?.rest[1] as Weekday | undefined;
    const i = Number(at?.rest[2]);
    const ranges = at && day && WEEKDAYS.includes(day) ? at.calendar.hours[day] : undefined;
    const range = ranges?.[i];
    const j = ranges && range ? ranges.findIndex((r, k) => k < i && minutesOf(r.from) < minutesOf(range.to) && minutesOf(range.from) < minutesOf(r.to)) : -1;
    if (!at || !day || !ranges || !range || j < 0) return [];
    const other = ranges[j];
    const merged = {
      from: minutesOf(other.from) <= minutesOf(range.from) ? other.from : range.from,
      to: minutesOf(other.to) >= minutesOf(range.to) ? other.to : range.to,
    };
    return [
      {
        id: 'merge-ranges',
        label: `Merge ${other.from}–${other.to} and ${range.from}–${range.to} on ${WEEKDAY_LABELS[day]} into ${merged.from}–${merged.to}`,
        apply: editCalendar(at.index, at.calendar, (c) => {
          const list = c.hours[day];
          if (list[i]?.from !== range.from || list[j]?.from !== other.from) return false;
          list[j] = merged;
          list.splice(i, 1);
        }),
      },
    ];
  },
  'calendar.closure.backwards': (d, flow) => {
    const at = placeOf(d, flow);
    const i = Number(at?.rest[1]);
    const closure = at?.calendar.closures[i];
    if (!at || !closure) return [];
    return [
      {
        id: 'swap-closure',
        label: `Swap the start and end of the closure${closure.name ? ` "${closure.name}"` : ''} (${closure.to} to ${closure.from})`,
        apply: editCalendar(at.index, at.calendar, (c) => {
          const target = c.closures[i];
          if (target?.from !== closure.from || target.to !== closure.to) return false;
          [target.from, target.to] = [closure.to, closure.from];
        }),
      },
    ];
  },
  'calendar.id.duplicate': (d, flow) => {
    const at = placeOf(d, flow);
    if (!at) return [];
    return [
      {
        id: 'new-calendar-id',
        label: `Give calendar "${at.calendar.name}" a new id`,
        apply: (draft) => {
          const target = draft.settings.calendars[at.index];
          if (target?.id !== at.calendar.id) return false;
          target.id = createId('calendar', new Set(draft.settings.calendars.map((c) => c.id)));
        },
      },
    ];
  },
  'hours.calendar.missing': (d, flow) => {
    const node = nodeOf(d, flow, 'hours_check');
    if (!node) return [];
    return flow.settings.calendars.slice(0, MAX_CHOICES).map((calendar) => ({
      id: `use-calendar-${calendar.id}`,
      label: `Use calendar "${calendar.name}" in ${nameNode(node, flow)}`,
      apply(draft) {
        const target = draftNode(draft, node.id, 'hours_check');
        if (!target) return false;
        target.data.calendarId = calendar.id;
      },
    }));
  },
  'hours.port.unconnected': (d, flow) => connectPortFix(d, flow, nodeOf(d, flow, 'hours_check'), HOURS_TEXTS),
} satisfies Record<string, FixProvider>;
