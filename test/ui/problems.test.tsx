// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { flowOrder } from '../../src/editor/flowOrder';
import { generateFlow } from '../../src/ui/bench/generateFlow';
import { createNode, makeFlow, renderEditor } from './renderEditor';

describe('Problems and Outline', () => {
  it('lists diagnostics by severity; a click selects the node and focuses the field at fault', async () => {
    const flow = makeFlow([createNode('message', 'm1'), createNode('handover', 'h1', { destination: { kind: 'voice', to: '202-555' } })]);
    const { store, user } = renderEditor(flow);
    const panel = screen.getByRole('tabpanel', { name: /Problems/ });
    const errors = within(panel).getByRole('region', { name: /Errors/ });
    const problem = within(errors).getAllByRole('button').find((b) => /E\.164|destination/i.test(b.textContent ?? ''));
    expect(problem).toBeDefined();
    await user.click(problem!);
    expect(store.getState().selection.nodeIds).toEqual(['h1']);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Destination' })).toHaveFocus());
  });

  it('names an untitled node by what it does, in the message and beside it, never by its generated id', async () => {
    const flow = makeFlow([
      createNode('handover', 'handover-aFC5sRR0_3', { destination: { kind: 'voice', to: 'sip:agent@example.com' } }),
      createNode('handover', 'handover-aFC5sRR0_4', { destination: { kind: 'voice', to: '' } }),
    ]);
    renderEditor(flow);
    const panel = screen.getByRole('tabpanel', { name: /Problems/ });
    const buttons = within(panel).getAllByRole('button');
    expect(buttons.some((b) => b.textContent?.startsWith('Voice transfer to sip:agent@example.com'))).toBe(true);
    // No address and nothing else to go by: the second Handover in flow order.
    const empty = within(panel).getByRole('button', { name: /^Handover 2 has no destination/ });
    expect(within(empty).getByText('Handover 2', { exact: true })).toHaveClass('problem-where');
    expect(panel.textContent).not.toContain('aFC5sRR0');
  });

  it('the problem disappears once the field is fixed', async () => {
    const { user, select } = renderEditor(makeFlow([createNode('handover', 'h1', { destination: { kind: 'voice', to: '202-555' } })]));
    select('h1');
    const count = () => screen.getByRole('button', { name: /^Problems:/ }).getAttribute('aria-label');
    const before = count();
    const destination = await screen.findByRole('textbox', { name: 'Destination' });
    expect(destination).toHaveAttribute('aria-invalid', 'true');
    await user.clear(destination);
    await user.type(destination, '+12025551234');
    expect(destination).not.toHaveAttribute('aria-invalid');
    expect(count()).not.toBe(before);
  });

  it('Outline lists nodes in flow order; arrows move and Enter selects', async () => {
    const flow = makeFlow([createNode('pause', 'p1'), createNode('trigger_human_requested', 't1')], [{ id: 'e1', source: 't1', sourcePort: 'next', target: 'p1' }]);
    const { store, user } = renderEditor(flow);
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    const outline = await screen.findByRole('listbox', { name: 'Outline' });
    expect(within(outline).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringMatching(/^Human requested/), expect.stringMatching(/^Pause/)]);
    outline.focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().selection.nodeIds).toEqual(['p1']);
  });

  it('Outline keeps only the rows in view in the DOM, each saying its place in the whole list', async () => {
    const flow = generateFlow(300);
    const order = flowOrder(flow);
    const { user } = renderEditor(flow);
    await user.click(screen.getByRole('tab', { name: 'Outline' }));
    const outline = await screen.findByRole('listbox', { name: 'Outline' });
    const options = within(outline).getAllByRole('option');
    // A 400 px panel of 28 px rows plus the overscan; the browser test walks to the last one.
    expect(options.length).toBeGreaterThan(10);
    expect(options.length).toBeLessThan(40);
    expect(options[0]).toHaveAttribute('id', `outline-${order[0]}`);
    expect(options[0]).toHaveAttribute('aria-posinset', '1');
    expect(options[0]).toHaveAttribute('aria-setsize', '300');
  });
});
