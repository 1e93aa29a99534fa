// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { useState, type ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BottomPanel } from '../../src/ui/shell/BottomPanel';
import { lazyPanelTab } from '../../src/ui/shell/lazyPanelTab';
import type { PanelTab } from '../../src/ui/shell/PanelTab';

/** A loader the test resolves or rejects by hand, counting how often it was asked. */
function controlledLoader() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<ComponentType>((ok, fail) => {
        resolve = () => ok(() => <p>Simulator ready</p>);
        reject = fail;
      }),
  );
  return { load, resolve: () => resolve(), reject: (e: Error) => reject(e) };
}

function Panel({ tabs }: { tabs: readonly PanelTab[] }) {
  const [active, setActive] = useState(tabs[0].id);
  return <BottomPanel tabs={tabs} active={active} onSelect={setActive} collapsed={false} onToggle={() => {}} />;
}

const problems: PanelTab = { id: 'problems', label: 'Problems', Component: () => <p>No problems</p> };

describe('lazy bottom-panel tabs', () => {
  it('announce loading, then show the tab once its code arrives', async () => {
    const loader = controlledLoader();
    const user = userEvent.setup();
    render(<Panel tabs={[problems, lazyPanelTab('simulator', 'Simulator', loader.load)]} />);
    expect(loader.load).not.toHaveBeenCalled();
    await user.click(screen.getByRole('tab', { name: 'Simulator' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading Simulator…');
    expect(screen.getByRole('tabpanel', { name: 'Simulator' })).toContainElement(screen.getByRole('status'));
    loader.resolve();
    expect(await screen.findByText('Simulator ready')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('start fetching when the pointer rests on the tab, and fetch only once', async () => {
    const loader = controlledLoader();
    const user = userEvent.setup();
    render(<Panel tabs={[problems, lazyPanelTab('simulator', 'Simulator', loader.load)]} />);
    await user.hover(screen.getByRole('tab', { name: 'Simulator' }));
    expect(loader.load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No problems')).toBeInTheDocument();
    loader.resolve();
    await user.click(screen.getByRole('tab', { name: 'Simulator' }));
    expect(await screen.findByText('Simulator ready')).toBeInTheDocument();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('keep keyboard access: arrow keys reach a lazy tab, which takes focus and loads', async () => {
    const loader = controlledLoader();
    const user = userEvent.setup();
    render(<Panel tabs={[problems, lazyPanelTab('simulator', 'Simulator', loader.load)]} />);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Problems' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Simulator' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Simulator' })).toHaveAttribute('aria-selected', 'true');
    loader.resolve();
    expect(await screen.findByText('Simulator ready')).toBeInTheDocument();
  });

  it('say which panel failed to load and how to recover, and leave the other tabs working', async () => {
    const loader = controlledLoader();
    const user = userEvent.setup();
    render(<Panel tabs={[problems, lazyPanelTab('simulator', 'Simulator', loader.load)]} />);
    await user.click(screen.getByRole('tab', { name: 'Simulator' }));
    loader.reject(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The Simulator panel could not load (Failed to fetch dynamically imported module). Reload the page to try again.',
    );
    await user.click(screen.getByRole('tab', { name: 'Problems' }));
    expect(screen.getByText('No problems')).toBeInTheDocument();
  });
});
