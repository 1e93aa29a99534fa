import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/schema';
import { hoursFlow } from '../../rules/calendarCases';
import { chatFlow, edge, flowOf, node, tweak } from '../../rules/helpers';
import { fix } from './applyEach';

const calendar = (f: Flow) => f.settings.calendars[0];
const dataOf = (flow: Flow, id: string) => flow.nodes.find((n) => n.id === id)?.data as Record<string, unknown>;

describe('structure, scenario, staff and calendar quick fixes: flow before → after', () => {
  it('deletes a connection into a trigger, and nothing else', () => {
    const before = tweak(chatFlow(), (f) => void f.edges.push(edge('sorry', 'next', 't', 'back')));
    before.edges.splice(4, 1);
    const { label, after } = fix(before, 'structure.edge_into_trigger', /Delete/);
    expect(label).toMatch(/^Delete the connection from Message ".*" to Human requested$/);
    expect(after.edges.map((e) => e.id)).toEqual(before.edges.filter((e) => e.id !== 'back').map((e) => e.id));
    expect(after.nodes).toEqual(before.nodes);
  });

  it('gives a duplicate node a fresh id and a layout entry of its own', () => {
    const before = tweak(chatFlow(), (f) => void f.nodes.push({ ...f.nodes[5] }));
    const { after, remaining } = fix(before, 'structure.duplicate_node_id', /new id/);
    expect(after.nodes[5].id).toBe('e');
    expect(after.nodes[6].id).toMatch(/^end-/);
    expect(after.layout.nodes[after.nodes[6].id]).toBeDefined();
    expect(remaining.map((d) => d.code)).not.toContain('structure.duplicate_node_id');
  });

  it('enables the only trigger when every trigger is off', () => {
    const before = tweak(chatFlow(), (f) => void ((f.nodes[0].data as { enabled: boolean }).enabled = false));
    const { label, after, remaining } = fix(before, 'structure.no_enabled_trigger', /Enable/);
    expect(label).toBe('Enable Human requested');
    expect(dataOf(after, 't').enabled).toBe(true);
    expect(remaining).toEqual([]);
  });

  it('adds a Human requested trigger leading to the first step when there is none', () => {
    const before = flowOf([node('message', 'm', { text: 'hi' })]);
    const { label, after } = fix(before, 'structure.no_enabled_trigger', /Add/);
    expect(label).toBe('Add a Human requested trigger leading to Message "hi"');
    const trigger = after.nodes.find((n) => n.type === 'trigger_human_requested');
    expect(after.edges).toEqual([expect.objectContaining({ source: trigger?.id, sourcePort: 'next', target: 'm' })]);
  });

  it.each([
    [3, 'scenario.retries.too_many', 2],
    [0, 'scenario.retries.none', 1],
  ])('sets %i retries to the allowed number (%s)', (retries, code, fixed) => {
    const before = tweak(chatFlow(), (f) => void (f.nodes[0] = node('trigger_repeated_failure', 't', { retries })));
    const { label, after } = fix(before, code, /retries/);
    expect(label).toBe(`Set retries to ${fixed}`);
    expect(dataOf(after, 't').retries).toBe(fixed);
  });

  it('fills empty example phrases with the product page’s four', () => {
    const before = tweak(chatFlow(), (f) => void (f.nodes[0] = node('trigger_human_requested', 't', { phrases: [' '] })));
    const { after } = fix(before, 'scenario.phrases.empty', /phrases/);
    expect(dataOf(after, 't').phrases).toHaveLength(4);
  });

  it('offers each staff member for an Assign that names nobody', () => {
    const before = tweak(chatFlow(), (f) => {
      f.settings.staff.push({ id: 'lee', name: 'Lee Park', notifications: { conversationAssigned: true, taskAssigned: true } });
      f.nodes[1] = node('assign', 'a');
    });
    const { label, after } = fix(before, 'assign.assignee.empty', /Lee/);
    expect(label).toBe('Choose Lee Park in Assign');
    expect(dataOf(after, 'a').assigneeId).toBe('lee');
  });

  it('turns on the conversation notification of a staff member an Assign names', () => {
    const before = tweak(chatFlow(), (f) => void (f.settings.staff[0].notifications = { conversationAssigned: false, taskAssigned: false }));
    const { label, after } = fix(before, 'staff.notifications.off', /Notify/);
    expect(label).toBe('Notify Dana Reyes when a conversation is assigned to them');
    expect(after.settings.staff[0].notifications).toEqual({ conversationAssigned: true, taskAssigned: false });
  });

  it('splits a range across midnight into two days', () => {
    const before = hoursFlow((f) => void (calendar(f).hours.fri = [{ from: '22:00', to: '02:00' }]));
    const { label, after, remaining } = fix(before, 'calendar.range.backwards', /24:00/);
    expect(label).toBe('End 22:00–02:00 on Friday at 24:00 and open Saturday 00:00–02:00');
    expect(calendar(after).hours.fri).toEqual([{ from: '22:00', to: '24:00' }]);
    expect(calendar(after).hours.sat).toEqual([{ from: '00:00', to: '02:00' }]);
    expect(remaining).toEqual([]);
  });

  it('merges two overlapping ranges', () => {
    const before = hoursFlow((f) => void (calendar(f).hours.mon[1].from = '12:00'));
    const { after } = fix(before, 'calendar.range.overlap', /Merge/);
    expect(calendar(after).hours.mon).toEqual([{ from: '09:00', to: '18:00' }]);
  });

  it('swaps a closure that ends before it starts', () => {
    const before = hoursFlow((f) => void (calendar(f).closures[0].to = '2026-06-01T11:00'));
    const { after } = fix(before, 'calendar.closure.backwards', /Swap/);
    expect(calendar(after).closures[0]).toMatchObject({ from: '2026-06-01T11:00', to: '2026-06-01T12:00' });
  });

  it('corrects the accents and case of a time zone', () => {
    const before = hoursFlow((f) => void (calendar(f).timeZone = 'europe/berlín'));
    const { label, after } = fix(before, 'calendar.time_zone.unknown', /Europe\/Berlin/);
    expect(label).toBe('Use the time zone Europe/Berlin');
    expect(calendar(after).timeZone).toBe('Europe/Berlin');
  });

  it('connects the Closed port of an Hours node to a new Message', () => {
    const before = hoursFlow((f) => void (f.edges = f.edges.filter((e) => e.sourcePort !== 'closed')));
    const { label, after, remaining } = fix(before, 'hours.port.unconnected', /Closed/);
    expect(label).toBe('Connect Closed to a new Message');
    const target = after.edges.find((e) => e.source === 'hours' && e.sourcePort === 'closed')?.target;
    expect(after.nodes.find((n) => n.id === target)?.type).toBe('message');
    expect(remaining.filter((d) => d.code === 'hours.port.unconnected')).toEqual([]);
  });
});
