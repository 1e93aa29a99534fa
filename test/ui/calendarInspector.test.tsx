// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

const office = {
  id: 'office',
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  hours: { mon: [{ from: '09:00', to: '12:30' }, { from: '13:30', to: '18:00' }] },
};

describe('business calendars in the inspector', () => {
  it('edits a calendar in Flow settings: zone, weekday ranges, holidays and closures, each control labelled', async () => {
    const { store, user } = renderEditor(makeFlow([createNode('message', 'm1')], [], { settings: { calendars: [office] } }));
    const card = await screen.findByRole('region', { name: 'Calendar Berlin office' });
    const zone = within(card).getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue('Europe/Berlin');
    await user.selectOptions(zone, 'America/New_York');
    const calendar = () => store.getState().flow.settings.calendars[0];
    expect(calendar().timeZone).toBe('America/New_York');

    const monday = within(card).getByRole('group', { name: 'Monday hours' });
    const closes = within(monday).getByLabelText('Monday range 2 closes');
    expect(closes).toHaveValue('18:00');
    fireEvent.change(closes, { target: { value: '17:30' } });
    expect(calendar().hours.mon[1]).toEqual({ from: '13:30', to: '17:30' });
    await user.click(within(monday).getByRole('button', { name: 'Remove Monday range 1 09:00–12:30' }));
    expect(calendar().hours.mon).toEqual([{ from: '13:30', to: '17:30' }]);

    const saturday = within(card).getByRole('group', { name: 'Saturday hours' });
    await user.click(within(saturday).getByRole('button', { name: 'Add hours on Saturday' }));
    expect(calendar().hours.sat).toEqual([{ from: '09:00', to: '17:00' }]);

    await user.click(within(card).getByRole('button', { name: '+ Add holiday' }));
    fireEvent.change(within(card).getByLabelText('Holiday 1 date'), { target: { value: '2026-10-03' } });
    await user.click(within(card).getByRole('checkbox', { name: 'Every year' }));
    expect(calendar().holidays).toEqual([{ date: '2026-10-03', name: 'Christmas Day', yearly: false }]);

    await user.click(within(card).getByRole('button', { name: '+ Add closure' }));
    fireEvent.change(within(card).getByLabelText('Closure 1 to'), { target: { value: '2026-01-02T12:00' } });
    expect(calendar().closures[0].to).toBe('2026-01-02T12:00');

    // Each change is one undo step.
    act(() => store.undo());
    expect(calendar().closures[0].to).toBe(`${new Date().getFullYear()}-01-02T13:00`);
  }, 30_000);

  it('adds and removes calendars by keyboard', async () => {
    const { store, user } = renderEditor(makeFlow([createNode('message', 'm1')]));
    const add = await screen.findByRole('button', { name: '+ Add calendar' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.settings.calendars).toHaveLength(1);
    expect(store.getState().flow.settings.calendars[0].hours.mon).toEqual([{ from: '09:00', to: '17:00' }]);
    const remove = screen.getByRole('button', { name: 'Remove calendar Business hours 1' });
    remove.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().flow.settings.calendars).toEqual([]);
  });

  it('picks the calendar of an Hours node and shows its problem until one is chosen', async () => {
    const { user, select, node } = renderEditor(makeFlow([createNode('hours_check', 'h1')], [], { settings: { calendars: [office] } }));
    select('h1');
    const picker = await screen.findByRole('combobox', { name: 'Calendar' });
    expect(picker).toHaveAccessibleDescription(/names no calendar/);
    await user.selectOptions(picker, 'Berlin office (Europe/Berlin)');
    expect(node('h1')).toMatchObject({ data: { calendarId: 'office' } });
    expect(screen.getByRole('combobox', { name: 'Calendar' })).not.toHaveAccessibleDescription(/names no calendar/);
  });
});
