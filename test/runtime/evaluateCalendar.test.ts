import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../src/schema';
import { evaluateCalendar } from '../../src/runtime/calendar/evaluateCalendar';
import { zonedInstant } from '../../src/runtime/calendar/zonedInstant';

const MINUTE = 60_000;

const office = calendarSchema.parse({
  id: 'office',
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  hours: {
    mon: [{ from: '09:00', to: '12:30' }, { from: '13:30', to: '18:00' }],
    fri: [{ from: '09:00', to: '17:00' }],
    sat: [{ from: '10:00', to: '14:00' }],
    sun: [{ from: '01:00', to: '03:30' }],
  },
  holidays: [
    { date: '2026-12-25', name: 'Christmas', yearly: true },
    { date: '2026-04-03', name: 'Good Friday 2026' },
  ],
  closures: [{ from: '2026-06-01T12:00', to: '2026-06-01T15:00', name: 'Team meeting' }],
});

const at = (local: string, zone = 'Europe/Berlin') => zonedInstant(local, zone);

describe('evaluateCalendar', () => {
  it('reads several ranges a day in the calendar zone, from included and to excluded', () => {
    // 2026-03-02 is a Monday.
    expect(evaluateCalendar(office, at('2026-03-02T08:59'))).toBe('closed');
    expect(evaluateCalendar(office, at('2026-03-02T09:00'))).toBe('open');
    expect(evaluateCalendar(office, at('2026-03-02T12:30'))).toBe('closed');
    expect(evaluateCalendar(office, at('2026-03-02T13:30'))).toBe('open');
    expect(evaluateCalendar(office, at('2026-03-02T17:59'))).toBe('open');
    expect(evaluateCalendar(office, at('2026-03-02T18:00'))).toBe('closed');
    // A day with no ranges (Tuesday) is closed all day.
    expect(evaluateCalendar(office, at('2026-03-03T10:00'))).toBe('closed');
  });

  it('uses the calendar zone, not the zone the instant was written in', () => {
    // 08:30 in New York on a Monday in March is 13:30 in Berlin (New York moves to summer time on 03-08, Berlin on 03-29).
    expect(evaluateCalendar(office, at('2026-03-02T07:30', 'America/New_York'))).toBe('open');
    expect(evaluateCalendar(office, at('2026-03-02T07:00', 'America/New_York'))).toBe('closed');
  });

  it('is closed on Saturday at 23:00 in Europe/Berlin and open on Saturday at 11:00', () => {
    // 2026-03-28 is a Saturday.
    expect(evaluateCalendar(office, at('2026-03-28T23:00'))).toBe('closed');
    expect(evaluateCalendar(office, at('2026-03-28T11:00'))).toBe('open');
  });

  it('keeps wall-clock ranges across the spring-forward gap (2026-03-29 02:00 → 03:00 in Berlin)', () => {
    const open = at('2026-03-29T01:00');
    expect(new Date(open).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(evaluateCalendar(office, open)).toBe('open');
    // One real hour later the clocks read 03:00, not 02:00: still inside 01:00–03:30.
    expect(evaluateCalendar(office, open + 60 * MINUTE)).toBe('open');
    expect(new Date(open + 60 * MINUTE).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 03:29 local is 89 real minutes after 01:00 local; 03:30 closes it: the range lasted 1.5 h, not 2.5 h.
    expect(evaluateCalendar(office, open + 89 * MINUTE)).toBe('open');
    expect(evaluateCalendar(office, open + 90 * MINUTE)).toBe('closed');
    expect(at('2026-03-29T03:30') - open).toBe(90 * MINUTE);
  });

  it('finds holidays on their date, and yearly ones every year', () => {
    expect(evaluateCalendar(office, at('2026-04-03T10:00'))).toBe('holiday');
    // Not yearly: 2027-04-03 is an ordinary Saturday, open 10:00–14:00.
    expect(evaluateCalendar(office, at('2027-04-03T10:00'))).toBe('open');
    // Christmas 2028 is a Monday, inside its hours, and still a holiday.
    expect(evaluateCalendar(office, at('2028-12-25T10:00'))).toBe('holiday');
    // The holiday is a day in the calendar zone: 23:30 UTC on the 24th is already the 25th in Berlin.
    expect(evaluateCalendar(office, Date.UTC(2028, 11, 24, 23, 30))).toBe('holiday');
  });

  it('closes for one-off closures inside opening hours', () => {
    // 2026-06-01 is a Monday.
    expect(evaluateCalendar(office, at('2026-06-01T11:59'))).toBe('open');
    expect(evaluateCalendar(office, at('2026-06-01T12:00'))).toBe('closed');
    expect(evaluateCalendar(office, at('2026-06-01T14:59'))).toBe('closed');
    expect(evaluateCalendar(office, at('2026-06-01T15:00'))).toBe('open');
  });
});
