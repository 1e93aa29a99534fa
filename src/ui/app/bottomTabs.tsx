import type { PanelTab } from '../shell/PanelTab';
import { lazyPanelTab } from '../shell/lazyPanelTab';
import { JSON_TABS } from '../json/jsonTabs';
import { SIMULATOR_TABS } from '../simulator/simulatorTabs';

/**
 * Every bottom-panel tab the app adds to the shell's Problems and Outline, in display order: the
 * one place tabs are registered (Simulator and Tests, JSON, History). History and its revision
 * diff load when the tab first opens.
 */
export const bottomTabs: readonly PanelTab[] = [
  ...SIMULATOR_TABS,
  ...JSON_TABS,
  lazyPanelTab('history', 'History', () => import('./HistoryTab').then((m) => m.HistoryTab)),
];
