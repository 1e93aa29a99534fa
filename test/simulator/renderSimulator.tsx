import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { createEditorStore } from '../../src/editor/createEditorStore';
import type { Flow } from '../../src/schema';
import { SIMULATOR_TABS } from '../../src/ui/simulator/simulatorTabs';
import { simulatorStoreFor } from '../../src/ui/simulator/simulatorStoreFor';

/** The whole editor with the Simulator and Tests tabs, opened on `tab`, as a user meets it. */
export async function renderSimulator(flow: Flow, tab: 'Simulator' | 'Tests' = 'Simulator') {
  localStorage.clear();
  const store = createEditorStore(flow);
  const user = userEvent.setup();
  const utils = render(<App store={store} extraTabs={SIMULATOR_TABS} />);
  await user.click(screen.getByRole('tab', { name: tab }));
  // Both tabs load lazily: wait for the panel itself, not its "Loading …" status.
  await screen.findByRole(tab === 'Simulator' ? 'log' : 'list', { name: tab === 'Simulator' ? 'Transcript' : 'Test cases' });
  const simulator = simulatorStoreFor(store);
  const transcriptText = () => screen.getByRole('log', { name: 'Transcript' }).textContent ?? '';
  return { store, simulator, user, transcriptText, ...utils };
}
