import type { PanelTab } from '../shell/PanelTab';
import { lazyPanelTab } from '../shell/lazyPanelTab';

/**
 * The bottom-panel entries for the shell's `extraTabs`: the Simulator and the Tests tab. Both load
 * on first use, with the runtime engine, so the editor starts without them.
 */
export const SIMULATOR_TABS: readonly PanelTab[] = [
  lazyPanelTab('simulator', 'Simulator', () => import('./SimulatorTab').then((m) => m.SimulatorTab)),
  lazyPanelTab('tests', 'Tests', () => import('../tests/TestsTab').then((m) => m.TestsTab)),
];
