// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

const marksCss = () => [...document.querySelectorAll('style[data-simulator-highlights]')].map((s) => s.textContent).join('\n');

describe('canvas marks outside the Simulator tab', UI_TEST, () => {
  it('keeps the run on the canvas when another bottom tab opens, until the run stops', async () => {
    const { user } = await renderSimulator(loadExample('chat-handover'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the user' }), 'I want to talk to a human');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(marksCss()).toContain('[data-id="final_message"] .flow-node');

    await user.click(screen.getByRole('tab', { name: /Problems/ }));
    expect(screen.queryByRole('log', { name: 'Transcript' })).toBeNull();
    expect(marksCss()).toContain('[data-id="final_message"] .flow-node');
    expect(document.querySelectorAll('style[data-simulator-highlights]')).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: 'Simulator' }));
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(marksCss()).not.toContain('final_message');
  });

  it('toggles a breakpoint from the inspector of the selected node, and with F9 on any tab', async () => {
    const { user, store } = await renderSimulator(loadExample('voice-zendesk'), 'Tests');
    act(() => store.setSelection({ nodeIds: ['sip_handover'], edgeIds: [] }));
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const toggle = within(inspector).getByRole('button', { name: 'Breakpoint on this node' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(marksCss()).toContain('.react-flow__node[data-id="sip_handover"]::before');

    // The Simulator knows it: it lists the breakpoint and halts there.
    await user.click(screen.getByRole('tab', { name: 'Simulator' }));
    expect(await screen.findByRole('button', { name: 'Remove breakpoint on Handover "Transfer to SIP desk"' })).toBeInTheDocument();

    // F9 toggles once, although the inspector and the tab both hold the marks.
    await user.click(screen.getByRole('tab', { name: /Problems/ }));
    fireEvent.keyDown(window, { key: 'F9' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(marksCss()).not.toContain('sip_handover');
    fireEvent.keyDown(window, { key: 'F9' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers no breakpoint when nothing or several nodes are selected', async () => {
    const { store } = await renderSimulator(loadExample('chat-handover'), 'Tests');
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(inspector).queryByRole('button', { name: 'Breakpoint on this node' })).toBeNull();
    act(() => store.setSelection({ nodeIds: ['assign', 'tag'], edgeIds: [] }));
    expect(within(inspector).queryByRole('button', { name: 'Breakpoint on this node' })).toBeNull();
    fireEvent.keyDown(window, { key: 'F9' });
    expect(marksCss()).not.toContain('::before');
  });
});
