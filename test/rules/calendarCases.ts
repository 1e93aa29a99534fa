import { calendarSchema, type Flow } from '../../src/schema';
import { chatFlow, edge, node, tweak } from './helpers';
import type { RuleCase } from './ruleCase';

const OFFICE = {
  id: 'office',
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  hours: { mon: [{ from: '09:00', to: '12:30' }, { from: '13:30', to: '18:00' }] },
  closures: [{ from: '2026-06-01T12:00', to: '2026-06-01T15:00' }],
};

/**
 * chatFlow with an Hours node between the trigger and the Assign step: open → Assign, closed and
 * holiday → their own messages. `change` edits the draft (calendar at settings.calendars[0], Hours at nodes[6]).
 */
export function hoursFlow(change: (f: Flow) => void = () => {}): Flow {
  return tweak(chatFlow(), (f) => {
    f.settings.calendars = [calendarSchema.parse(OFFICE)];
    f.nodes.push(node('hours_check', 'hours', { calendarId: 'office' }), node('message', 'closed', { text: 'We are closed.' }), node('message', 'holiday', { text: 'Happy holidays.' }));
    f.edges[0] = edge('t', 'next', 'hours');
    f.edges.push(edge('hours', 'open', 'a'), edge('hours', 'closed', 'closed'), edge('hours', 'holiday', 'holiday'));
    change(f);
  });
}

const calendar = (f: Flow) => f.settings.calendars[0];

export const calendarCases: RuleCase[] = [
  {
    code: 'calendar.time_zone.unknown',
    fires: () => hoursFlow((f) => void (calendar(f).timeZone = 'Europe/Berlín')),
    clean: () => hoursFlow((f) => void (calendar(f).timeZone = 'America/New_York')),
    expect: { severity: 'error', path: '/settings/calendars/0/timeZone' },
  },
  {
    code: 'calendar.range.backwards',
    fires: () => hoursFlow((f) => void (calendar(f).hours.fri = [{ from: '22:00', to: '02:00' }])),
    clean: () => hoursFlow((f) => void (calendar(f).hours.fri = [{ from: '22:00', to: '24:00' }])),
    expect: { severity: 'error', path: '/settings/calendars/0/hours/fri/0' },
  },
  {
    code: 'calendar.range.overlap',
    fires: () => hoursFlow((f) => void (calendar(f).hours.mon[1].from = '12:00')),
    clean: () => hoursFlow((f) => void (calendar(f).hours.mon[1].from = '12:30')),
    expect: { severity: 'warning', path: '/settings/calendars/0/hours/mon/1' },
  },
  {
    code: 'calendar.closure.backwards',
    fires: () => hoursFlow((f) => void (calendar(f).closures[0].to = '2026-06-01T11:00')),
    clean: () => hoursFlow((f) => void (calendar(f).closures[0].to = '2026-06-02T11:00')),
    expect: { severity: 'error', path: '/settings/calendars/0/closures/0' },
  },
  {
    code: 'calendar.id.duplicate',
    fires: () => hoursFlow((f) => f.settings.calendars.push({ ...calendar(f), name: 'Copy' })),
    clean: () => hoursFlow((f) => f.settings.calendars.push({ ...calendar(f), id: 'copy', name: 'Copy' })),
    expect: { severity: 'error', path: '/settings/calendars/1/id' },
  },
  {
    code: 'hours.calendar.missing',
    fires: () => hoursFlow((f) => void (f.nodes[6].type === 'hours_check' && (f.nodes[6].data.calendarId = 'ofice'))),
    clean: () => hoursFlow(),
    expect: { severity: 'error', nodeId: 'hours', path: '/nodes/6/data/calendarId' },
  },
  {
    code: 'hours.port.unconnected',
    fires: () => hoursFlow((f) => void (f.edges = f.edges.filter((e) => !(e.source === 'hours' && e.sourcePort === 'holiday')))),
    clean: () => hoursFlow(),
    expect: { severity: 'warning', nodeId: 'hours', path: '/nodes/6' },
  },
];
