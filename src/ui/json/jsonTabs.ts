import type { PanelTab } from '../shell/PanelTab';
import { lazyPanelTab } from '../shell/lazyPanelTab';

/**
 * The bottom-panel entry for the shell's tab list: the JSON tab. Its code (the store wiring and
 * quick fixes) loads when the tab is first hovered, focused or opened; Monaco after that.
 */
export const JSON_TABS: readonly PanelTab[] = [lazyPanelTab('json', 'JSON', () => import('./JsonTab').then((m) => m.JsonTab))];
