// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadTemplates } from '../../src/storage/loadTemplates';
import { templates } from '../../src/storage/templates';
import { useStarterTemplates } from '../../src/ui/library/useStarterTemplates';

/** Renders what the library shows for each state, so the test reads it by role like a user. */
function Probe({ load }: { load(): Promise<typeof templates> }) {
  const state = useStarterTemplates(undefined, load);
  if (state.status === 'loading') return <p role="status">Loading templates…</p>;
  if (state.status === 'failed') {
    return (
      <p role="alert">
        {state.message} <button onClick={state.retry}>Try again</button>
      </p>
    );
  }
  return <ul>{state.templates.map((t) => <li key={t.id}>{t.name}</li>)}</ul>;
}

describe('starter templates on demand', () => {
  it('loads the example files once for every caller', async () => {
    const first = loadTemplates();
    expect(loadTemplates()).toBe(first);
    expect((await first).map((t) => t.id)).toEqual(templates.map((t) => t.id));
  });

  it('shows a loading status, then the templates', async () => {
    let resolve!: (value: typeof templates) => void;
    render(<Probe load={() => new Promise((r) => (resolve = r))} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading templates…');
    resolve(templates);
    expect(await screen.findByText('Chat handover')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when the templates cannot be loaded, and loads them on Try again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue(templates);
    render(<Probe load={load} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The starter templates could not be loaded (Failed to fetch dynamically imported module).');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('Voice handover to Zendesk')).toBeInTheDocument());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
