// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../../src/storage/ConflictError';
import { ConflictDialog } from '../../src/ui/library/ConflictDialog';
import { makeFlow } from '../storage/helpers';

function conflict() {
  const theirs = makeFlow('a', 'Shared flow');
  const mine = { ...theirs, nodes: theirs.nodes.filter((n) => n.id !== 'n1') };
  return new ConflictError({ flowId: 'a', mine, theirs, baseVersion: 1, theirVersion: 2 });
}

/** Both tabs started from `base`: this tab renamed the flow, the other removed the note. */
function conflictFromBase() {
  const base = makeFlow('a', 'Shared flow');
  const mine = { ...base, name: 'Shared flow, mine' };
  const theirs = { ...base, nodes: base.nodes.filter((n) => n.id !== 'n1') };
  return new ConflictError({ flowId: 'a', mine, theirs, base, baseVersion: 1, theirVersion: 2, theirSavedAt: new Date(2026, 0, 5, 10, 2).getTime() });
}

describe('ConflictDialog', () => {
  it('is a labelled modal dialog showing what differs, focused on the first choice', () => {
    render(<ConflictDialog conflict={conflict()} onChoose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: '“Shared flow” changed in another tab' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('list', { name: 'Your version compared to theirs' })).toHaveTextContent('Removed Note n1');
    expect(screen.getByRole('button', { name: 'Keep my version' })).toHaveFocus();
  });

  it('says which tab made which change, under this tab’s name for the flow', () => {
    render(<ConflictDialog conflict={conflictFromBase()} onChoose={() => {}} />);
    screen.getByRole('dialog', { name: '“Shared flow, mine” changed in another tab' });
    expect(screen.getByRole('list', { name: 'Changes made in this tab' })).toHaveTextContent('Renamed the flow to “Shared flow, mine”');
    const theirs = screen.getByRole('list', { name: 'Changes made in the other tab' });
    expect(theirs).toHaveTextContent('Removed Note n1');
    expect(theirs).not.toHaveTextContent('Renamed');
    expect(screen.getByRole('heading', { name: /^The other tab \(saved .*2026.*10:02.*\)$/ })).toBeInTheDocument();
  });

  it('reports the choice, and keeps Tab inside the dialog', async () => {
    const onChoose = vi.fn();
    const user = userEvent.setup();
    render(<ConflictDialog conflict={conflict()} onChoose={onChoose} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Load their version' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Keep my version' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith('keep-mine');
    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    expect(onChoose).toHaveBeenLastCalledWith('take-theirs');
  });
});
