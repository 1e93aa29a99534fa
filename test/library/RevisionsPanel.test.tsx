// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RevisionsPanel } from '../../src/ui/library/RevisionsPanel';
import { makeFlow, makeLibrary, withPause } from '../storage/helpers';

// The machine is shared; first renders (Dexie open, template parsing) can exceed the 1 s default.
configure({ asyncUtilTimeout: 5000 });

describe('RevisionsPanel', () => {
  it('creates checkpoints, compares two readably and restores one', async () => {
    let t = 1_000;
    const { library } = makeLibrary({ now: () => (t += 1000) });
    const { flow } = await library.createFlow(makeFlow('a'));
    let current = flow;
    const onRestore = vi.fn();
    const user = userEvent.setup();
    render(<RevisionsPanel flowId="a" library={library} onRestore={onRestore} getCurrentFlow={() => current} />);

    expect(await screen.findByText(/No revisions yet/)).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Create checkpoint' });
    expect(create).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Checkpoint name' }), 'One second');
    await user.click(create);
    expect(await screen.findByRole('button', { name: 'Restore One second' })).toBeInTheDocument();

    current = withPause(flow, 1.5); // an unsaved edit: the checkpoint takes the editor's flow
    await user.type(screen.getByRole('textbox', { name: 'Checkpoint name' }), 'Longer pause{Enter}');
    expect(await screen.findByRole('button', { name: 'Restore Longer pause' })).toBeInTheDocument();

    const compare = screen.getByRole('button', { name: 'Compare' });
    expect(compare).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select One second to compare' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Longer pause to compare' }));
    await user.click(compare);
    const diff = await screen.findByRole('list', { name: 'Changes from One second to Longer pause' });
    expect(diff).toHaveTextContent('Pause p1: seconds 1 → 1.5');

    await user.click(screen.getByRole('button', { name: 'Restore One second' }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith(flow));
  });

  it('says why a checkpoint could not be made', async () => {
    const { library } = makeLibrary();
    const user = userEvent.setup();
    render(<RevisionsPanel flowId="missing" library={library} onRestore={() => {}} />);
    await user.type(screen.getByRole('textbox', { name: 'Checkpoint name' }), 'x{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('No flow with id "missing" in the library');
  });
});
