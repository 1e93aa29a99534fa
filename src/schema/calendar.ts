import * as z from 'zod/mini';
import { idSchema } from './primitives';

/** Weekday keys in calendar order (ISO: Monday first). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** A wall-clock time of day, `HH:mm`; `24:00` closes a range at midnight. */
export const timeOfDaySchema = z.string().check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:mm between 00:00 and 24:00'));

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDateSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD'));

/** A wall-clock date and time without an offset, `YYYY-MM-DDTHH:mm` (seconds optional), read in a time zone. */
export const localDateTimeSchema = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/, 'Use YYYY-MM-DDTHH:mm (local time, no offset)'),
);

/** An IANA time zone name; whether the zone exists is the validator's job (calendar.time_zone.unknown). */
export const timeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const hoursRangeSchema = z.object({
  from: timeOfDaySchema,
  to: timeOfDaySchema,
});
export type HoursRange = z.infer<typeof hoursRangeSchema>;

const dayHours = () => z._default(z.array(hoursRangeSchema).check(z.maxLength(12)), []);

/** Opening hours per weekday: several ranges a day (09:00–12:30, 13:30–18:00); an empty day is closed. */
export const weekHoursSchema = z.object({
  mon: dayHours(),
  tue: dayHours(),
  wed: dayHours(),
  thu: dayHours(),
  fri: dayHours(),
  sat: dayHours(),
  sun: dayHours(),
});
export type WeekHours = z.infer<typeof weekHoursSchema>;

export const holidaySchema = z.object({
  date: calendarDateSchema,
  name: z._default(z.string().check(z.maxLength(120)), ''),
  yearly: z._default(z.boolean(), false).check(z.describe('Repeats on the same month and day every year.')),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const closureSchema = z.object({
  from: localDateTimeSchema,
  to: localDateTimeSchema,
  name: z._default(z.string().check(z.maxLength(120)), ''),
});
export type Closure = z.infer<typeof closureSchema>;

/**
 * Business hours as Zendesk schedules model them: weekly intervals in one time zone, plus holidays
 * (whole days closed) and one-off closures. Hours nodes refer to a calendar by id.
 */
export const calendarSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  timeZone: z._default(timeZoneSchema, 'UTC').check(z.describe('IANA time zone the hours, holidays and closures are read in, e.g. Europe/Berlin.')),
  hours: z.prefault(weekHoursSchema, {}),
  holidays: z._default(z.array(holidaySchema).check(z.maxLength(500)), []),
  closures: z._default(z.array(closureSchema).check(z.maxLength(500)), []),
});
export type Calendar = z.infer<typeof calendarSchema>;

const knownZones = new Map<string, boolean>();

/** Whether the JavaScript runtime knows this IANA time zone (aliases such as UTC included). */
export function isTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = name.length > 0;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}

/** Minutes since midnight of an `HH:mm` time (`24:00` is 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
