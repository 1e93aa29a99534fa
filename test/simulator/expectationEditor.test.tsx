// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { updateNodeData } from '../../src/editor/commands/updateNodeData';
import type { Flow } from '../../src/schema';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

/** The voice template with only its first case ("sip-answered"), so the tab shows one case. */
function oneVoiceCase(): Flow {
  const flow = loadExample('voice-zendesk');
  return { ...flow, tests: flow.tests.filter((t) => t.id === 'sip-answered') };
}

describe('Tests tab: expectations a designer edits', UI_TEST, () => {
  it('views, edits, adds and removes expectations with a form, each change one undo step', async () => {
    const { user, store } = await renderSimulator(oneVoiceCase(), 'Tests');
    const testCase = store.getState().flow.tests[0];
    const count = testCase.expect.length;
    await user.click(screen.getByRole('button', { name: `${count} expectations of “${testCase.name}”` }));
    const list = screen.getByRole('list', { name: `Expectations of “${testCase.name}”` });
    expect(within(list).getAllByRole('listitem')).toHaveLength(count);
    expect(list.textContent).toContain('Bot says');
    expect(list.textContent).toContain('"Connecting you to an agent"');

    // Edit: the pause must now be 2 s.
    await user.click(within(list).getByRole('button', { name: 'Edit expectation 2: Pause' }));
    const form = screen.getByRole('form', { name: 'Edit expectation 2' });
    expect(within(form).getByRole('combobox', { name: 'Effect' })).toHaveValue('pause');
    expect(within(form).getByRole('combobox', { name: 'Field 1' })).toHaveValue('seconds');
    const value = within(form).getByRole('textbox', { name: 'Value of field 1' });
    await user.clear(value);
    await user.type(value, 'two');
    await user.click(within(form).getByRole('button', { name: 'Save expectation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('seconds: “two” is not a number.');
    expect(store.getState().flow.tests[0].expect[1].match).toEqual({ seconds: 1.5 });
    await user.clear(value);
    await user.type(value, '2');
    await user.click(within(form).getByRole('button', { name: 'Save expectation' }));
    expect(screen.queryByRole('form', { name: 'Edit expectation 2' })).toBeNull();
    expect(store.getState().flow.tests[0].expect[1]).toEqual({ effect: 'pause', match: { seconds: 2 }, absent: false });

    // Add: the handover must dial the SIP desk with the customer's id.
    await user.click(screen.getByRole('button', { name: 'Add expectation' }));
    const added = screen.getByRole('form', { name: 'New expectation' });
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Effect' }), 'handover');
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Field 1' }), 'to');
    await user.type(within(added).getByRole('textbox', { name: 'Value of field 1' }), 'sip:agent@example.com');
    await user.click(within(added).getByRole('button', { name: 'Add field' }));
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Field 2' }), 'Other field (path)…');
    await user.type(within(added).getByRole('textbox', { name: 'Field 2 path' }), 'sip.X-Customer-Id');
    await user.type(within(added).getByRole('textbox', { name: 'Value of field 2' }), '12345');
    await user.click(within(added).getByRole('button', { name: 'Save expectation' }));
    const afterAdd = store.getState().flow.tests[0].expect;
    expect(afterAdd).toHaveLength(count + 1);
    expect(afterAdd.at(-1)).toEqual({ effect: 'handover', match: { to: 'sip:agent@example.com', 'sip.X-Customer-Id': '12345' }, absent: false });

    // Remove the first one.
    await user.click(within(list).getByRole('button', { name: 'Remove expectation 1: Bot says' }));
    expect(store.getState().flow.tests[0].expect).toHaveLength(count);
    expect(store.getState().flow.tests[0].expect[0].effect).toBe('pause');

    // Three changes, three undo steps, back to the case as it was.
    act(() => store.undo());
    expect(store.getState().flow.tests[0].expect).toHaveLength(count + 1);
    act(() => store.undo());
    expect(store.getState().flow.tests[0].expect).toHaveLength(count);
    act(() => store.undo());
    expect(store.getState().flow.tests[0].expect).toEqual(testCase.expect);
    expect(within(list).getAllByRole('listitem')).toHaveLength(count);
  });

  it('a handover expectation edited to pin the address fails the case when the SIP address changes, and the diff shows both', async () => {
    const { user, store } = await renderSimulator(oneVoiceCase(), 'Tests');
    const name = store.getState().flow.tests[0].name;
    await user.click(screen.getByRole('button', { name: new RegExp(`expectations of “${name}”`) }));
    // The template pins the whole TwiML; a designer pins the address instead.
    await user.click(screen.getByRole('button', { name: 'Edit expectation 4: Handover' }));
    const form = screen.getByRole('form', { name: 'Edit expectation 4' });
    expect(within(form).getByRole('combobox', { name: 'Field 3' })).toHaveValue('request.body.Twiml');
    await user.click(within(form).getByRole('button', { name: 'Remove field 3' }));
    await user.click(within(form).getByRole('button', { name: 'Remove field 2' }));
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(within(form).getByRole('combobox', { name: 'Field 2' })).toHaveValue('to');
    await user.type(within(form).getByRole('textbox', { name: 'Value of field 2' }), 'sip:agent@example.com');
    await user.click(within(form).getByRole('button', { name: 'Save expectation' }));
    expect(store.getState().flow.tests[0].expect[3]).toEqual({ effect: 'handover', match: { destination: 'voice', to: 'sip:agent@example.com' }, at: 1500, absent: false });
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    expect(screen.getByRole('status', { name: `${name}: Passed` })).toBeInTheDocument();

    const sip = store.getState().flow.nodes.find((n) => n.id === 'sip_handover');
    if (sip?.type !== 'handover' || sip.data.destination.kind !== 'voice') throw new Error('no SIP handover');
    act(() => void store.run(updateNodeData, { id: 'sip_handover', data: { destination: { ...sip.data.destination, to: 'sip:desk@example.com' } } }));
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    expect(screen.getByRole('status', { name: `${name}: Failed` })).toBeInTheDocument();
    const why = screen.getByRole('list', { name: `Why “${name}” failed` });
    expect(why.textContent).toMatch(/Expected handover destination="voice" to="sip:agent@example\.com" at 1500 ms .*where to="sip:desk@example\.com"/);
    const diff = screen.getByRole('list', { name: `Expected vs actual effects of “${name}”` });
    expect(within(diff).getByText('handover destination="voice" to="sip:agent@example.com" at 1500 ms')).toBeInTheDocument();
    expect(within(diff).getByText(/^handover destination="voice" to="sip:desk@example\.com"/)).toBeInTheDocument();
  });
});

describe('Save as test case, then change the SIP address', UI_TEST, () => {
  it('the saved case pins the address and its headers, and fails with a diff once `to` changes', async () => {
    const flow = loadExample('voice-zendesk');
    const { user, store } = await renderSimulator({ ...flow, tests: [] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Phone voice');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'I want to talk to a human');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.click(screen.getByRole('button', { name: 'Save as test case' }));
    const form = screen.getByRole('form', { name: 'Save as test case' });
    expect(within(form).getByRole('textbox', { name: /handover to$/ })).toHaveValue('sip:agent@example.com');
    expect(within(form).getByRole('textbox', { name: /handover sip\.User-to-User$/ })).toHaveValue('priority=high;origin=ai-agent');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));
    const [saved] = store.getState().flow.tests;

    const sip = store.getState().flow.nodes.find((n) => n.id === 'sip_handover');
    if (sip?.type !== 'handover' || sip.data.destination.kind !== 'voice') throw new Error('no SIP handover');
    act(() => void store.run(updateNodeData, { id: 'sip_handover', data: { destination: { ...sip.data.destination, to: 'sip:desk@example.com' } } }));
    await user.click(screen.getByRole('tab', { name: 'Tests' }));
    await user.click(await screen.findByRole('button', { name: 'Run all' }));
    expect(screen.getByRole('status', { name: `${saved.name}: Failed` })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: `Why “${saved.name}” failed` }).textContent).toMatch(/where to="sip:desk@example\.com"/);
    const diff = screen.getByRole('list', { name: `Expected vs actual effects of “${saved.name}”` });
    const missing = within(diff).getByText(/^handover destination="voice" to="sip:agent@example\.com"/).closest('li');
    expect(missing).toHaveTextContent('expected, missing');
  });
});
