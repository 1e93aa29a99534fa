import { TZDate } from '@date-fns/tz';
import { minutesOf, WEEKDAYS, type Calendar } from '../../schema';
import { zonedInstant } from './zonedInstant';

export type HoursStatus = 'open' | 'closed' | 'holiday';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whether a calendar is open at an instant, read in the calendar's own zone: a holiday (that date,
 * or that month and day when yearly) wins, then one-off closures, then the weekday's ranges
 * (`from` included, `to` excluded). Ranges compare wall-clock minutes, so on a daylight-saving
 * day a range keeps its wall times and lasts an hour more or less in real time. Throws a
 * RangeError for a zone Intl does not know (the validator reports it as calendar.time_zone.unknown).
 */
export function evaluateCalendar(calendar: Calendar, instant: number): HoursStatus {
  const local = new TZDate(instant, calendar.timeZone);
  const monthDay = `${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  const date = `${local.getFullYear()}-${monthDay}`;
  if (calendar.holidays.some((h) => h.date === date || (h.yearly && h.date.slice(5) === monthDay))) return 'holiday';
  if (calendar.closures.some((c) => instant >= zonedInstant(c.from, calendar.timeZone) && instant < zonedInstant(c.to, calendar.timeZone))) return 'closed';
  // getDay() counts from Sunday; WEEKDAYS from Monday.
  const day = WEEKDAYS[(local.getDay() + 6) % 7];
  const minute = local.getHours() * 60 + local.getMinutes();
  return calendar.hours[day].some((r) => minute >= minutesOf(r.from) && minute < minutesOf(r.to)) ? 'open' : 'closed';
}
