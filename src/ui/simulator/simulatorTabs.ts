import type { PanelTab } from '../shell/PanelTab';
import { TestsTab } from '../tests/TestsTab';
import { SimulatorTab } from './SimulatorTab';

/** The bottom-panel entries for the shell's `extraTabs`: the Simulator and the Tests tab. */
export const SIMULATOR_TABS: readonly PanelTab[] = [
  { id: 'simulator', label: 'Simulator', Component: SimulatorTab },
  { id: 'tests', label: 'Tests', Component: TestsTab },
];
