// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createNode, makeFlow, renderEditor } from './renderEditor';

function voiceFlow() {
  const trigger = createNode('trigger_knowledge_gap', 't1', { enabled: false });
  const pause = createNode('pause', 'p1', { seconds: 1.5 });
  const handover = createNode('handover', 'h1', {
    destination: { kind: 'voice', to: 'sip:desk@example.com', attributes: [{ name: 'X-Customer-Id', value: '42' }, { name: 'User-to-User', value: 'a1;encoding=hex' }] },
  });
  const note = createNode('note', 'n1', { text: 'Ask Dana' });
  return makeFlow([trigger, pause, handover, note], [{ id: 'e1', source: 'p1', sourcePort: 'next', target: 'h1' }]);
}

describe('canvas', () => {
  it('shows what matters on each node, with labelled outputs and a problem badge', async () => {
    renderEditor(voiceFlow());
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const handover = await within(canvas).findByRole('group', { name: 'Handover' });
    expect(handover).toHaveTextContent('To sip:desk@example.com');
    expect(within(handover).getByText('Voice transfer to sip:desk@example.com')).toHaveClass('flow-node-title');
    expect(handover).toHaveTextContent('2 SIP headers');
    // Twilio never retries: an unconnected failure branch drops the call, and the node says so.
    for (const port of ['Busy', 'No answer', 'Rejected']) expect(within(handover).getByLabelText(`${port} output`)).toBeInTheDocument();
    expect(within(handover).getAllByText('drops call')).toHaveLength(3);
    expect(within(canvas).getByRole('group', { name: 'Pause' })).toHaveTextContent('Pause 1.5 s');
    const trigger = within(canvas).getByRole('group', { name: 'Knowledge gap' });
    expect(trigger).toHaveTextContent('Off');
    // The disabled trigger leaves nothing enabled: the validator's finding shows as a badge on it.
    expect(within(trigger).getByLabelText(/^\d+ (error|warning)s?$/)).toBeInTheDocument();
  });

  it('draws compact nodes when zoomed out below 40 %: title and badge stay, ports and summaries go, edge anchors stay', async () => {
    const { user } = renderEditor(voiceFlow());
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const handover = await within(canvas).findByRole('group', { name: 'Handover' });
    expect(within(handover).getAllByText('drops call')).toHaveLength(3);
    const zoomOut = screen.getByRole('button', { name: 'Zoom Out' });
    for (let i = 0; i < 8 && !zoomOut.hasAttribute('disabled'); i++) await user.click(zoomOut);
    await waitFor(() => expect(within(canvas).getByRole('group', { name: 'Handover' })).not.toHaveTextContent('2 SIP headers'));
    const compact = within(canvas).getByRole('group', { name: 'Handover' });
    // The compact face keeps the name every view uses: an untitled node by kind and what it does.
    expect(compact).toHaveTextContent('Voice transfer to sip:desk@example.com');
    expect(within(compact).queryByText('drops call')).toBeNull();
    expect(within(compact).queryByLabelText('Busy output')).toBeNull();
    // React Flow anchors edges on the handles it finds when a node mounts: the compact face keeps one
    // element per port where the full face has its handle (the browser test checks the positions).
    const anchors = [...compact.querySelectorAll<HTMLElement>('.flow-anchor')].map((a) => `${a.classList[1]}:${a.dataset.handleid}:${a.dataset.handlepos}`);
    expect(anchors).toEqual(['source:transferred:right', 'source:busy:right', 'source:no_answer:right', 'source:rejected:right', 'target:in:left']);
    // A trigger still says whether it is on, and a node its problems.
    expect(within(canvas).getByRole('group', { name: 'Knowledge gap' })).toHaveTextContent('Off');
    expect(within(canvas).getByRole('group', { name: 'Knowledge gap' })).toContainElement(
      within(within(canvas).getByRole('group', { name: 'Knowledge gap' })).getByLabelText(/^\d+ (error|warning)s?$/),
    );
    await user.click(screen.getByRole('button', { name: 'Zoom In' }));
    await user.click(screen.getByRole('button', { name: 'Zoom In' }));
    await user.click(screen.getByRole('button', { name: 'Zoom In' }));
    await waitFor(() => expect(within(canvas).getByRole('group', { name: 'Handover' })).toHaveTextContent('2 SIP headers'));
  });

  it('zooms with the keyboard: - out to the compact face, Shift+0 back to 100 %, Shift+1 to fit, Shift+2 to the selection', async () => {
    const { user, select } = renderEditor(voiceFlow());
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    const face = () => within(canvas).getByRole('group', { name: 'Handover' });
    await waitFor(() => expect(face()).toHaveTextContent('2 SIP headers'));
    const zoom = () => Number(/scale\(([\d.]+)\)/.exec(canvas.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]);
    const start = zoom();
    await user.keyboard('-');
    await waitFor(() => expect(zoom()).toBeLessThan(start));
    for (let i = 0; i < 8; i++) await user.keyboard('-');
    await waitFor(() => expect(face()).not.toHaveTextContent('2 SIP headers'));
    await user.keyboard('{Shift>}[Digit0]{/Shift}');
    await waitFor(() => expect(zoom()).toBe(1));
    // One node selected, zoomed out: Shift+2 frames it, at 100 % at most.
    act(() => select('p1'));
    for (let i = 0; i < 3; i++) await user.keyboard('-');
    await waitFor(() => expect(zoom()).toBeLessThan(0.6));
    await user.keyboard('{Shift>}[Digit2]{/Shift}');
    await waitFor(() => expect(zoom()).toBe(1));
    // 100 % about the centre may leave the handover off screen; Shift+1 fits it all, readable.
    await user.keyboard('{Shift>}[Digit1]{/Shift}');
    await waitFor(() => expect(face()).toHaveTextContent('2 SIP headers'));
    expect(zoom()).toBeGreaterThanOrEqual(0.4);
  });

  it('edits a sticky note in place as one undo step', async () => {
    const { store, user, node } = renderEditor(voiceFlow());
    const text = await screen.findByRole('textbox', { name: 'Note text' });
    await user.type(text, ' on Mondays');
    await user.tab();
    expect(node('n1')).toMatchObject({ data: { text: 'Ask Dana on Mondays' } });
    store.undo();
    expect(node('n1')).toMatchObject({ data: { text: 'Ask Dana' } });
  });

  it('finds a node by text with Ctrl+F and selects it with Enter', async () => {
    const { store, user } = renderEditor(voiceFlow());
    await user.keyboard('{Control>}f{/Control}');
    const search = screen.getByRole('combobox', { name: 'Search nodes' });
    expect(search).toHaveFocus();
    await user.type(search, 'desk');
    expect(screen.getByRole('option', { name: /^Voice transfer to sip:desk@example.com/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().selection.nodeIds).toEqual(['h1']);
    expect(within(screen.getByRole('complementary', { name: 'Inspector' })).getByRole('heading', { name: 'Handover' })).toBeInTheDocument();
  });

  // jsdom's canvas is 100×100 and only nodes in view are mounted: a fitted view mounts them all.
  it.each([
    ['Shift+L', '{Shift>}L{/Shift}'],
    ['the Tidy layout button', null],
  ])('tidies the layout and fits the view to it with %s', async (_how, keys) => {
    const ids = ['t1', 'm1', 'p1', 'h1'];
    const nodes = [createNode('trigger_human_requested', 't1'), createNode('message', 'm1'), createNode('pause', 'p1'), createNode('handover', 'h1')];
    const edges = ids.slice(1).map((target, i) => ({ id: `e${i}`, source: ids[i], sourcePort: 'next', target }));
    // All in one spot, so the view opens on that spot and the tidied nodes land outside it.
    const flow = makeFlow(nodes, edges, { layout: { nodes: Object.fromEntries(ids.map((id) => [id, { x: 0, y: 0 }])) } });
    const { store, user } = renderEditor(flow);
    const canvas = screen.getByRole('region', { name: 'Flow canvas' });
    await within(canvas).findByRole('group', { name: 'Pause' });
    if (keys) await user.keyboard(keys);
    else await user.click(within(canvas).getByRole('button', { name: 'Tidy layout' }));
    await waitFor(() => expect(store.getState().undoLabel).toBe('Tidy layout'));
    const xs = new Set(Object.values(store.getState().flow.layout.nodes).map((p) => p.x));
    expect(xs.size).toBe(4);
    const mounted = () => within(canvas).getAllByRole('group').filter((g) => g.getAttribute('aria-roledescription') === 'node');
    await waitFor(() => expect(mounted().map((g) => g.getAttribute('aria-label'))).toEqual(['Human requested', 'Message', 'Pause', 'Handover']));
  });

  it('switches between light and dark themes and remembers the choice', async () => {
    const { user } = renderEditor(voiceFlow());
    const before = document.documentElement.dataset.theme;
    const toggle = screen.getByRole('button', { name: /Switch to (dark|light) theme/ });
    await user.click(toggle);
    const after = document.documentElement.dataset.theme;
    expect(after).not.toBe(before);
    expect(localStorage.getItem('baton.theme')).toBe(after);
  });
});
