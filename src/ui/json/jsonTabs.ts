import type { PanelTab } from '../shell/PanelTab';
import { JsonTab } from './JsonTab';

/** The bottom-panel entry for the shell's tab list: the JSON tab (Monaco loads on first open). */
export const JSON_TABS: readonly PanelTab[] = [{ id: 'json', label: 'JSON', Component: JsonTab }];
