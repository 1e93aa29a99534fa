// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exportFlowJson } from '../../src/storage/exportFlowJson';
import { templates } from '../../src/storage/templates';
import { LibraryScreen } from '../../src/ui/library/LibraryScreen';
import { makeFlow, makeLibrary } from '../storage/helpers';

// The machine is shared; first renders (Dexie open, template parsing) can exceed the 1 s default.
configure({ asyncUtilTimeout: 5000 });

async function renderLibrary(seed: ReturnType<typeof makeFlow>[] = []) {
  const { library } = makeLibrary();
  for (const flow of seed) await library.createFlow(flow);
  const onOpen = vi.fn();
  const user = userEvent.setup();
  render(<LibraryScreen onOpen={onOpen} library={library} />);
  return { library, onOpen, user };
}

describe('LibraryScreen', () => {
  it('shows a new user the three starter templates and starts a flow from one', async () => {
    const { library, onOpen, user } = await renderLibrary();
    expect(await screen.findByRole('heading', { name: 'Start from a template' })).toBeInTheDocument();
    for (const template of templates) {
      const card = (await screen.findByRole('heading', { name: template.name })).closest('li')!;
      expect(within(card).getByText(template.description)).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Use template Chat handover' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const [flowId] = onOpen.mock.calls[0];
    expect(flowId).not.toBe('chat-handover');
    const opened = await library.openFlow(flowId);
    expect(opened.flow.name).toBe('Chat handover');
    expect(opened.flow.nodes).toEqual(templates[0].flow.nodes);
  });

  it('creates a blank flow and opens it', async () => {
    const { library, onOpen, user } = await renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'New blank flow' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    expect((await library.openFlow(onOpen.mock.calls[0][0])).flow).toMatchObject({ name: 'Untitled flow', nodes: [] });
  });

  it('lists flows with their node count and opens one', async () => {
    const { onOpen, user } = await renderLibrary([makeFlow('a', 'Alpha')]);
    const open = await screen.findByRole('button', { name: 'Open Alpha' });
    expect(open.closest('li')).toHaveTextContent('5 nodes');
    await user.click(open);
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('renames inline with the keyboard; Escape cancels', async () => {
    const { library, user } = await renderLibrary([makeFlow('a', 'Alpha')]);
    await user.click(await screen.findByRole('button', { name: 'Rename Alpha' }));
    const input = screen.getByRole('textbox', { name: 'New name for Alpha' });
    expect(input).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for Alpha' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename Alpha' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Alpha' }));
    await user.keyboard('Voice flow{Enter}');
    expect(await screen.findByRole('button', { name: 'Open Voice flow' })).toBeInTheDocument();
    expect((await library.openFlow('a')).flow.name).toBe('Voice flow');
  });

  it('duplicates a flow', async () => {
    const { user } = await renderLibrary([makeFlow('a', 'Alpha')]);
    await user.click(await screen.findByRole('button', { name: 'Duplicate Alpha' }));
    expect(await screen.findByRole('button', { name: 'Open Alpha (copy)' })).toBeInTheDocument();
  });

  it('deletes with an Undo toast that brings the flow back', async () => {
    const { library, user } = await renderLibrary([makeFlow('a', 'Alpha'), makeFlow('b', 'Beta')]);
    await user.click(await screen.findByRole('button', { name: 'Delete Alpha' }));
    const toast = await screen.findByRole('status');
    expect(toast).toHaveTextContent('Deleted Alpha');
    expect(screen.queryByRole('button', { name: 'Open Alpha' })).not.toBeInTheDocument();
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Open Alpha' })).toBeInTheDocument();
    expect((await library.listFlows()).map((f) => f.id).sort()).toEqual(['a', 'b']);
  });

  it('imports a file and opens it; a broken file lists path and message and changes nothing', async () => {
    const { library, onOpen, user } = await renderLibrary([makeFlow('a', 'Alpha')]);
    const broken = JSON.parse(exportFlowJson(makeFlow('x', 'Broken')));
    broken.nodes[2].data.seconds = 'two';
    const input = await screen.findByLabelText('Import flow file');
    await user.upload(input, new File([JSON.stringify(broken)], 'broken.baton.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.baton.json was not imported; nothing changed:');
    expect(alert).toHaveTextContent('/nodes/2/data/seconds (node p1)');
    expect(await library.listFlows()).toHaveLength(1);
    expect(onOpen).not.toHaveBeenCalled();

    // The same id as an existing flow: imported as a second flow, not over the first.
    await user.upload(input, new File([exportFlowJson(makeFlow('a', 'Imported'))], 'a.baton.json', { type: 'application/json' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0][0]).not.toBe('a');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await library.listFlows()).map((f) => f.name).sort()).toEqual(['Alpha', 'Imported']);
  });

  it('refuses a package.json as not a Baton flow (issue 11), adding nothing', async () => {
    const { library, onOpen, user } = await renderLibrary([makeFlow('a', 'Alpha')]);
    const input = await screen.findByLabelText('Import flow file');
    await user.upload(input, new File([readFileSync('package.json', 'utf8')], 'package.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('package.json was not imported; nothing changed:');
    expect(alert).toHaveTextContent('/format: This file is not a Baton flow: it has no "format": "baton.flow"');
    expect((await library.listFlows()).map((f) => f.id)).toEqual(['a']);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
