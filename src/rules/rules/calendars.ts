import { minutesOf, toPointer, WEEKDAY_LABELS, WEEKDAYS, isTimeZone } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const calendars = defineRule({
  id: 'calendars',
  source: SOURCES.zendeskSchedules,
  codes: [
    { code: 'calendar.time_zone.unknown', severity: 'error', summary: 'A calendar names a time zone that is not in the IANA database (e.g. Europe/Berlin, America/New_York).' },
    { code: 'calendar.range.backwards', severity: 'error', summary: 'An opening-hours range ends at or before it starts (a range cannot span midnight: split it over two days).' },
    { code: 'calendar.range.overlap', severity: 'warning', summary: 'Two opening-hours ranges of the same day overlap.' },
    { code: 'calendar.closure.backwards', severity: 'error', summary: 'A one-off closure ends at or before it starts.' },
    { code: 'calendar.id.duplicate', severity: 'error', summary: 'Two calendars share an id, so Hours nodes cannot tell them apart.' },
  ],
  run({ flow }, report) {
    const seen = new Set<string>();
    flow.settings.calendars.forEach((calendar, c) => {
      const at = (...keys: (string | number)[]) => toPointer(['settings', 'calendars', c, ...keys]);
      const name = `Calendar "${calendar.name}"`;
      if (seen.has(calendar.id)) report('calendar.id.duplicate', { message: `${name} has the id "${calendar.id}", which an earlier calendar already uses; give it another id.`, path: at('id') });
      seen.add(calendar.id);
      if (!isTimeZone(calendar.timeZone)) {
        report('calendar.time_zone.unknown', {
          message: `${name}: "${calendar.timeZone}" is not an IANA time zone; use a name such as Europe/Berlin or America/New_York.`,
          path: at('timeZone'),
        });
      }
      for (const day of WEEKDAYS) {
        const ranges = calendar.hours[day];
        ranges.forEach((range, i) => {
          if (minutesOf(range.to) <= minutesOf(range.from)) {
            report('calendar.range.backwards', {
              message: `${name}, ${WEEKDAY_LABELS[day]}: the range ${range.from}–${range.to} ends before it starts; a range cannot run past midnight, so end it at 24:00 and continue on the next day.`,
              path: at('hours', day, i),
            });
            return;
          }
          const other = ranges.findIndex((r, j) => j < i && minutesOf(r.from) < minutesOf(range.to) && minutesOf(range.from) < minutesOf(r.to));
          if (other >= 0) {
            report('calendar.range.overlap', {
              message: `${name}, ${WEEKDAY_LABELS[day]}: ${range.from}–${range.to} overlaps ${ranges[other].from}–${ranges[other].to}; merge them into one range.`,
              path: at('hours', day, i),
            });
          }
        });
      }
      calendar.closures.forEach((closure, i) => {
        if (closure.to <= closure.from) {
          report('calendar.closure.backwards', {
            message: `${name}: the closure${closure.name ? ` "${closure.name}"` : ''} from ${closure.from} to ${closure.to} ends before it starts.`,
            path: at('closures', i),
          });
        }
      });
    });
  },
});
