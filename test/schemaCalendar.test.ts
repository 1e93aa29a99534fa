import { describe, expect, it } from 'vitest';
import { calendarSchema, createNode, FLOW_VERSION, isTimeZone, parseFlow, portsOf, sceneSchema } from '../src/schema';
import { toJsonSchema } from '../src/schema/toJsonSchema';

const flowWith = (settings: unknown, nodes: unknown[] = []) => ({ format: 'baton.flow', version: FLOW_VERSION, id: 'f', name: 'F', settings, nodes });

describe('business calendars in the format', () => {
  it('is additive: a version-1 flow without calendars parses with an empty list, so no migration is needed', () => {
    const result = parseFlow(flowWith({}));
    expect(result.ok && result.flow.settings.calendars).toEqual([]);
    expect(result.ok && result.migrated).toEqual([]);
  });

  it('fills a sparse calendar with defaults: UTC, every day closed, no holidays or closures', () => {
    expect(calendarSchema.parse({ id: 'c', name: 'C' })).toEqual({
      id: 'c',
      name: 'C',
      timeZone: 'UTC',
      hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: [],
      closures: [],
    });
  });

  it('refuses a malformed time, date or date-time with its pointer and what to write', () => {
    const bad = parseFlow(flowWith({ calendars: [{ id: 'c', name: 'C', hours: { mon: [{ from: '9:00', to: '17:00' }] } }] }));
    expect(!bad.ok && bad.issues[0]).toMatchObject({ path: '/settings/calendars/0/hours/mon/0/from', message: expect.stringContaining('HH:mm') });
    const date = parseFlow(flowWith({ calendars: [{ id: 'c', name: 'C', holidays: [{ date: '2026-13-01' }] }] }));
    expect(!date.ok && date.issues[0]).toMatchObject({ path: '/settings/calendars/0/holidays/0/date', message: expect.stringContaining('YYYY-MM-DD') });
    expect(sceneSchema.safeParse({ startAt: '2026-03-28 23:00' }).success).toBe(false);
    expect(sceneSchema.parse({ startAt: '2026-03-28T23:00', timeZone: 'Europe/Berlin' })).toMatchObject({ startAt: '2026-03-28T23:00', timeZone: 'Europe/Berlin' });
  });

  it('keeps an unknown time zone (the validator reports it) and knows real ones, aliases included', () => {
    expect(calendarSchema.parse({ id: 'c', name: 'C', timeZone: 'Mars/Olympus' }).timeZone).toBe('Mars/Olympus');
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });

  it('gives the Hours node its three ports and puts node and calendars in the JSON Schema', () => {
    expect(portsOf(createNode('hours_check', 'h')).map((p) => p.id)).toEqual(['open', 'closed', 'holiday']);
    const text = JSON.stringify(toJsonSchema());
    expect(text).toContain('"hours_check"');
    expect(text).toContain('"calendars"');
    expect(text).toContain('"startAt"');
  });
});
