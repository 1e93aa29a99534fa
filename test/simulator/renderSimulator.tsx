import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { createEditorStore } from '../../src/editor/createEditorStore';
import type { Flow } from '../../src/schema';
import { SIMULATOR_TABS } from '../../src/ui/simulator/simulatorTabs';
import { simulatorStoreFor } from '../../src/ui/simulator/simulatorStoreFor';

// Both tabs load on first open (lazyPanelTab). Import them once when a test file loads, outside any
// test: otherwise whichever test runs first pays their first transform and import (over a second on
// a busy machine) inside findByRole's 1 s wait and fails, whatever it tests. The tab still goes
// through its lazy path, which resolves at once.
await Promise.all([import('../../src/ui/simulator/SimulatorTab'), import('../../src/ui/tests/TestsTab')]);

/**
 * For describe(): each test drives the whole editor in jsdom through userEvent, a few seconds of work
 * alone and several times that when the machine is shared, past vitest's 5 s default. It catches a
 * hang, it is no speed target (that is `npm run bench`).
 */
export const UI_TEST = { timeout: 30_000 };

/** The whole editor with the Simulator and Tests tabs, opened on `tab`, as a user meets it. */
export async function renderSimulator(flow: Flow, tab: 'Simulator' | 'Tests' = 'Simulator') {
  localStorage.clear();
  const store = createEditorStore(flow);
  const user = userEvent.setup();
  const utils = render(<App store={store} extraTabs={SIMULATOR_TABS} />);
  await user.click(screen.getByRole('tab', { name: tab }));
  // Both tabs load lazily: wait for the panel itself, not its "Loading …" status.
  await screen.findByRole(tab === 'Simulator' ? 'log' : 'list', { name: tab === 'Simulator' ? 'Transcript' : 'Test cases' }, { timeout: 10_000 });
  const simulator = simulatorStoreFor(store);
  const transcriptText = () => screen.getByRole('log', { name: 'Transcript' }).textContent ?? '';
  return { store, simulator, user, transcriptText, ...utils };
}
