// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { updateNodeData } from '../../src/editor/commands/updateNodeData';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

describe('Save as test case', UI_TEST, () => {
  it('turns the session into a test case with editable proposed expectations, saved as one undo step', async () => {
    const { user, store } = await renderSimulator(loadExample('messenger-handover'));
    const before = store.getState().flow.tests.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Messenger');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'Connect me to a person');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.click(screen.getByRole('button', { name: 'Save as test case' }));

    const form = screen.getByRole('form', { name: 'Save as test case' });
    const list = within(form).getByRole('list', { name: 'Expectations' });
    const proposed = within(list).getAllByRole('listitem').length;
    expect(proposed).toBeGreaterThan(3);
    await user.click(within(form).getByRole('button', { name: 'Remove expectation 1: trigger_fired' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(proposed - 1);
    const text = within(form).getByRole('textbox', { name: /bot_says text$/ });
    expect(text).toHaveValue('Thank you! Someone from the team will get back to you.');
    await user.clear(text);
    await user.type(text, 'Thank you!');
    const name = within(form).getByRole('textbox', { name: 'Test case name' });
    await user.clear(name);
    await user.type(name, 'Messenger: pass the thread');
    await user.click(within(form).getByRole('button', { name: 'Save test case' }));

    const tests = store.getState().flow.tests;
    expect(tests).toHaveLength(before + 1);
    const saved = tests[tests.length - 1];
    expect(saved.name).toBe('Messenger: pass the thread');
    expect(saved.scene.channel).toBe('messenger');
    expect(saved.events).toEqual([{ type: 'user_message', text: 'Connect me to a person' }]);
    expect(saved.expect).toHaveLength(proposed - 1);
    expect(saved.expect.find((e) => e.effect === 'bot_says')?.match.text).toBe('Thank you!');
    expect(screen.getByText(/Saved “Messenger: pass the thread”/)).toBeInTheDocument();

    store.undo();
    expect(store.getState().flow.tests).toHaveLength(before);
  });
});

describe('Tests tab', UI_TEST, () => {
  it('runs all cases with a status each, shows a diff for a failure and opens it in the simulator', async () => {
    const { user, store, transcriptText } = await renderSimulator(loadExample('chat-handover'), 'Tests');
    const count = store.getState().flow.tests.length;
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    expect(screen.getByText(`${count} passed, 0 failed`, { exact: false })).toBeInTheDocument();
    const first = store.getState().flow.tests[0];
    expect(screen.getByRole('status', { name: `${first.name}: Passed` })).toHaveTextContent('Passed');

    // Change the final message: every case expecting it now fails.
    act(() => void store.run(updateNodeData, { id: 'final_message', data: { text: 'Hold on, finding someone for you.' } }));
    expect(screen.getByText(/the flow has changed since/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    expect(screen.getByRole('status', { name: `${first.name}: Failed` })).toBeInTheDocument();
    const diff = screen.getByRole('list', { name: `Expected vs actual effects of “${first.name}”` });
    expect(within(diff).getByText(/bot_says text="Thank you! Someone from the team will get back to you."/)).toBeInTheDocument();
    expect(within(diff).getByText(/bot_says text="Hold on, finding someone for you."/)).toBeInTheDocument();
    expect(diff.textContent).toContain('expected, missing');

    await user.click(screen.getByRole('button', { name: first.name }));
    expect(screen.getByRole('tab', { name: 'Simulator' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText(/Replaying test case/)).toBeInTheDocument();
    // Replayed up to just after the last met expectation: the new message is one Step away.
    expect(transcriptText()).toContain('Assigned to Dana Reyes');
    expect(transcriptText()).not.toContain('Hold on, finding someone for you.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(transcriptText()).toContain('Hold on, finding someone for you.');
  });

  it('reports handover outcome coverage and lists the outcomes no case reaches', async () => {
    const flow = loadExample('voice-zendesk');
    const onlyChat = { ...flow, tests: flow.tests.filter((t) => t.id === 'web-chat' || t.id === 'web-chat-offline') };
    const { user } = await renderSimulator(onlyChat, 'Tests');
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    // Two voice handovers (4 ports, and No agents on the Zendesk Talk line), a Twilio queue (5 ports) and a live chat one (4 ports); the chat cases meet only No agents.
    expect(screen.getByText('Handover outcomes covered: 1 / 18')).toBeInTheDocument();
    const uncovered = screen.getByRole('list', { name: 'Uncovered handover outcomes' });
    expect(within(uncovered).getByRole('button', { name: 'Transfer to SIP desk → Busy' })).toBeInTheDocument();
    expect(within(uncovered).getByRole('button', { name: 'Hand over to Live chat → Transferred' })).toBeInTheDocument();
    expect(within(uncovered).queryByRole('button', { name: 'Hand over to Live chat → No agents' })).toBeNull();
    expect(document.querySelector('style[data-simulator-highlights]')?.textContent).toContain('Not covered');
  });

  // How fast is for `npm run bench` ("test cases: Run all, 50 cases"), never a timed unit test.
  it('runs a 50-case flow: one result per case, all green', async () => {
    const flow = loadExample('chat-handover');
    const tests = Array.from({ length: 50 }, (_, i) => ({ ...flow.tests[i % flow.tests.length], id: `case-${i}` }));
    const { user, simulator } = await renderSimulator({ ...flow, tests }, 'Tests');
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    const run = simulator.getState().testRun!;
    expect(run.results).toHaveLength(50);
    expect(run.results.every((r) => r.pass)).toBe(true);
    expect(screen.getByText(/^50 passed, 0 failed in/)).toBeInTheDocument();
  });
});
