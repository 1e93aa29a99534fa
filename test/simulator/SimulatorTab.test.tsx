// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

describe('Simulator tab', UI_TEST, () => {
  it('sets the scene and simulates a phone call: pause, SIP transfer with headers, busy branch', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('voice-zendesk'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Phone voice');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voice transfer meets' }), 'Busy');
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    const name = screen.getByRole('textbox', { name: 'Variable 1 name' });
    await user.clear(name);
    await user.type(name, 'customer_id');
    await user.type(screen.getByRole('textbox', { name: 'Variable 1 value' }), '12345');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(transcriptText()).toContain('Phone voice conversation started');

    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'I want to talk to a human');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const text = transcriptText();
    expect(text).toContain('I want to talk to a human');
    expect(text).toContain('Connecting you to an agent');
    expect(text).toContain('Pause 1.5 s');
    expect(text).toContain('The transfer meets: busy (from the scene)');
    expect(text).toContain('Outcome: Busy');
    expect(text).toContain('The line is busy. Let me try our support team.');
    // The busy scene meets every transfer: the Zendesk number is busy too, so the bot apologises.
    expect(text).toContain('Sorry, nobody from the team can take your call right now.');

    const sip = screen.getByRole('article', { name: /Request: Transfer to SIP desk · Twilio/ });
    expect(within(sip).getByText(/X-Customer-Id=12345/)).toBeInTheDocument();
    // A warm transfer: the agent's leg runs the whisper (the summary) before the caller is connected.
    expect(within(sip).getByText(/<Sip url="\{\{whisper_url\}\}">/)).toBeInTheDocument();
    expect(text).toContain('the agent hears the summary first (warm transfer)');
    expect(screen.getByRole('article', { name: /Request: Transfer to Zendesk agent number · Twilio/ })).toHaveTextContent('<Number>+12025550143</Number>');
  });

  it('acts as the agent: accept, reply, resolve hands back to the bot; the inbox and contact follow', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'Connect me to a person');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(transcriptText()).toContain('Assigned to Dana Reyes');
    expect(screen.getByRole('list', { name: 'Assigned' })).toHaveTextContent('This conversation · Dana Reyes');
    expect(screen.getByRole('list', { name: 'Staff notifications' })).toHaveTextContent(/Sent\s*Dana Reyes: conversation assigned/);

    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(transcriptText()).toContain('Dana Reyes joined the conversation');
    expect(screen.getByRole('list', { name: 'Tasks' })).toHaveTextContent('Follow up on handover');
    expect(screen.getByText('human_handover')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Reply as agent' }), 'Hi, Dana here.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(transcriptText()).toContain('AgentHi, Dana here.');

    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(transcriptText()).toContain('Resolved: the conversation is back with the bot');
    expect(transcriptText()).toContain('How happy were you with the help you got');
  });

  it('leaves an unassigned live chat in the Unassigned queue, and the queue wait can expire', async () => {
    const flow = loadExample('chat-handover');
    // The knowledge gap skips the Assign step: nobody is assigned, so it waits in Live chat → Unassigned.
    const edges = flow.edges.map((e) => (e.source === 'knowledge_gap' ? { ...e, target: 'final_message' } : e));
    const { user, transcriptText } = await renderSimulator({ ...flow, edges });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'AI has no answer' }));
    expect(transcriptText()).toContain('Scenario fired: Knowledge gap');
    expect(screen.getByRole('list', { name: 'Unassigned' })).toHaveTextContent('This conversation');
    await user.click(screen.getByRole('button', { name: 'Queue wait expires' }));
    expect(transcriptText()).toContain('Outcome: Queue timeout');
  });

  it('plays the rest of the scene and the human side: an existing assignee, repeated failure, hours and availability, decline, hang up', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('checkbox', { name: 'Contact already assigned' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'The answer did not help' }));
    expect(transcriptText()).toContain('Retry 2 of 2');
    expect(transcriptText()).toContain('Scenario fired: Repeated failure');
    // "Skip if the contact already has an assignee": the scene's assignee is kept.
    expect(transcriptText()).toContain('Assignment skipped: The contact already has an assigned user.');

    await user.click(screen.getByRole('checkbox', { name: 'Business hours open' }));
    expect(screen.getByRole('checkbox', { name: 'Business hours open' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Agents available now' }));
    expect(transcriptText()).toContain('Business hours: closed');
    expect(transcriptText()).toContain('No agents are available now');
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    expect(transcriptText()).toContain('The agent declined the conversation');
    expect(screen.getByRole('list', { name: 'Unassigned' })).toHaveTextContent('This conversation');

    await user.click(screen.getByRole('button', { name: 'User leaves' }));
    expect(transcriptText()).toContain('Conversation ended: The user left.');
    expect(screen.getByRole('textbox', { name: 'Message as the user' })).toBeDisabled();
  });

  it('fast-forwards the virtual clock: the idle hand back (90 min, before the 2 h pause ends) resumes the bot, and the task falls due', async () => {
    const { user, transcriptText } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'I want to talk to a human');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(transcriptText()).toMatch(/Bot paused until T\+02:00:00/);
    expect(screen.getByRole('status', { name: 'Simulated time' })).toHaveTextContent('T+00:00:00');

    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 minute' }));
    expect(screen.getByRole('status', { name: 'Simulated time' })).toHaveTextContent('T+00:01:00');
    await user.click(screen.getByRole('button', { name: /To next timer \(T\+01:30:00\)/ }));
    expect(screen.getByRole('status', { name: 'Simulated time' })).toHaveTextContent('T+01:30:00');
    expect(transcriptText()).toContain('Idle: nobody wrote, so the conversation is back with the bot');
    expect(transcriptText()).toContain('Bot resumed');

    await user.click(screen.getByRole('button', { name: 'Fast-forward 1 day' }));
    expect(transcriptText()).toContain('Task due: “Follow up on handover”');
    expect(screen.getByRole('list', { name: 'Tasks' })).toHaveTextContent('Due');
  });

  it('pauses before a node with a breakpoint; Step and Continue reveal the rest', async () => {
    const { user, store, transcriptText } = await renderSimulator(loadExample('voice-zendesk'));
    store.setSelection({ nodeIds: ['sip_handover'], edgeIds: [] });
    await user.click(await screen.findByRole('button', { name: 'Breakpoint' }));
    expect(screen.getByRole('button', { name: 'Breakpoint' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Remove breakpoint on Handover "Transfer to SIP desk"' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Phone voice');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'Connect me to a person');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText(/Paused at a breakpoint before Handover "Transfer to SIP desk"/)).toBeInTheDocument();
    expect(transcriptText()).toContain('Pause 1.5 s');
    expect(transcriptText()).not.toContain('Handover to Voice transfer');
    expect(screen.getByRole('textbox', { name: 'Message as the user' })).toBeDisabled();
    // The canvas marks the halted node.
    expect(document.querySelector('style[data-simulator-highlights]')?.textContent).toContain('[data-id="sip_handover"] .flow-node');

    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(transcriptText()).toContain('Handover to Voice transfer');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
  });

  it('never runs a flow with errors: lists them and links to the Problems tab', async () => {
    const flow = loadExample('chat-handover');
    const broken = { ...flow, edges: [...flow.edges, { id: 'dangling', source: 'satisfaction', sourcePort: 'next', target: 'missing' }] };
    const { user } = await renderSimulator(broken);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The simulator does not run a flow with errors');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.queryByRole('log', { name: 'Transcript' })?.textContent).not.toContain('conversation started');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Open the Problems tab' }));
    expect(screen.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('Simulator provider requests', UI_TEST, () => {
  it('shows the headers a SIP transfer drops and why', async () => {
    const flow = loadExample('voice-zendesk');
    const nodes = flow.nodes.map((n) =>
      n.id === 'sip_handover' && n.type === 'handover' && n.data.destination.kind === 'voice'
        ? { ...n, data: { destination: { ...n.data.destination, attributes: [...n.data.destination.attributes, { name: 'Priority', value: 'high' }] } } }
        : n,
    );
    const { user, transcriptText } = await renderSimulator({ ...flow, nodes });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Phone voice');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'I want to talk to a human');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(transcriptText()).toContain('SIP headers dropped: Priority');
    const sip = screen.getByRole('article', { name: /Request: Transfer to SIP desk · Twilio/ });
    const dropped = within(sip).getByRole('list', { name: 'Headers dropped' });
    expect(dropped).toHaveTextContent(/Priority.*allow-list.*13252/);
    expect(within(sip).getByText(/<Sip>/).textContent).not.toContain('Priority');
  });
});
