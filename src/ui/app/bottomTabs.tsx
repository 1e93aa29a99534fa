import type { PanelTab } from '../shell/PanelTab';
import { JSON_TABS } from '../json/jsonTabs';
import { SIMULATOR_TABS } from '../simulator/simulatorTabs';
import { HistoryTab } from './HistoryTab';

/**
 * Every bottom-panel tab the app adds to the shell's Problems and Outline, in display order: the
 * one place tabs are registered (Simulator and Tests, JSON, History).
 */
export const bottomTabs: readonly PanelTab[] = [...SIMULATOR_TABS, ...JSON_TABS, { id: 'history', label: 'History', Component: HistoryTab }];
