import { describe, expect, it } from 'vitest';
import { flowSchema, type Flow } from '../../src/schema';
import { makeFlow, mustRun, summarize } from './flowFixture';

const HOUR = 3_600_000;

/** Knowledge gap → Hours (Berlin office) → one message per port. */
function hoursFlow(calendarId = 'office'): Flow {
  const base = makeFlow({
    nodes: [
      ['gap', 'trigger_knowledge_gap'],
      ['hours', 'hours_check', { calendarId }],
      ['open', 'message', { text: 'open' }],
      ['closed', 'message', { text: 'closed' }],
      ['holiday', 'message', { text: 'holiday' }],
    ],
    edges: [
      ['gap', 'next', 'hours'],
      ['hours', 'open', 'open'],
      ['hours', 'closed', 'closed'],
      ['hours', 'holiday', 'holiday'],
    ],
  });
  return flowSchema.parse({
    ...base,
    settings: {
      ...base.settings,
      calendars: [
        {
          id: 'office',
          name: 'Berlin office',
          timeZone: 'Europe/Berlin',
          hours: { sat: [{ from: '10:00', to: '14:00' }], sun: [{ from: '01:00', to: '03:30' }] },
          holidays: [{ date: '2026-12-25', name: 'Christmas', yearly: true }],
        },
      ],
    },
  });
}

function saysAfterGap(flow: Flow, scene: Record<string, unknown>, advanceMs = 0): string[] {
  const rt = mustRun(flow);
  rt.start(scene);
  if (advanceMs > 0) rt.dispatch({ type: 'advance', ms: advanceMs });
  return summarize(rt.dispatch({ type: 'ai_no_answer' })).filter((l) => l.startsWith('bot_says') || l.startsWith('runtime_error'));
}

describe('Hours node', () => {
  it('is closed on Saturday at 23:00 in Europe/Berlin', () => {
    expect(saysAfterGap(hoursFlow(), { startAt: '2026-03-28T23:00', timeZone: 'Europe/Berlin' })).toEqual(['bot_says text=closed']);
  });

  it('reads the scene start in the scene zone and the hours in the calendar zone', () => {
    // 05:00 in New York on Saturday 2026-03-28 is 10:00 in Berlin.
    expect(saysAfterGap(hoursFlow(), { startAt: '2026-03-28T05:00', timeZone: 'America/New_York' })).toEqual(['bot_says text=open']);
    // Without a zone the start is UTC: 09:00 UTC is 10:00 in Berlin in March (winter time).
    expect(saysAfterGap(hoursFlow(), { startAt: '2026-03-28T09:00' })).toEqual(['bot_says text=open']);
  });

  it('follows the virtual clock across the daylight-saving change (Berlin, 2026-03-29 02:00 → 03:00)', () => {
    const scene = { startAt: '2026-03-29T00:30', timeZone: 'Europe/Berlin' };
    expect(saysAfterGap(hoursFlow(), scene)).toEqual(['bot_says text=closed']);
    expect(saysAfterGap(hoursFlow(), scene, 1 * HOUR)).toEqual(['bot_says text=open']); // 01:30 CET
    expect(saysAfterGap(hoursFlow(), scene, 1.5 * HOUR)).toEqual(['bot_says text=open']); // 03:00 CEST: 02:00 was skipped
    // Two real hours after 00:30 the clocks read 03:30, not 02:30: the range 01:00–03:30 has closed.
    expect(saysAfterGap(hoursFlow(), scene, 2 * HOUR)).toEqual(['bot_says text=closed']);
  });

  it('takes the holiday port on a yearly holiday', () => {
    expect(saysAfterGap(hoursFlow(), { startAt: '2027-12-25T11:00', timeZone: 'Europe/Berlin' })).toEqual(['bot_says text=holiday']);
  });

  it('follows the scene switch when the scene has no start date, as before calendars', () => {
    expect(saysAfterGap(hoursFlow(), {})).toEqual(['bot_says text=open']);
    expect(saysAfterGap(hoursFlow(), { withinHours: false })).toEqual(['bot_says text=closed']);
  });

  it('stops with a runtime error when the scene zone is unknown', () => {
    expect(saysAfterGap(hoursFlow(), { startAt: '2026-03-28T23:00', timeZone: 'Europe/Atlantis' })).toEqual(['runtime_error']);
  });
});
