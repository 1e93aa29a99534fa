import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Canvas } from '../canvas/Canvas';
import { SEARCH_INPUT_ID } from '../canvas/NodeSearch';
import { useEditorShortcuts } from '../canvas/useEditorShortcuts';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { ProblemsBadge, ProblemsTab } from '../problems/ProblemsTab';
import { BottomPanel } from './BottomPanel';
import { lazyPanelTab } from './lazyPanelTab';
import { Header, type SaveState } from './Header';
import { Notice } from './Notice';
import type { PanelTab } from './PanelTab';
import { ResizeHandle } from './ResizeHandle';
import { usePanelSize } from './usePanelSize';
import { useTheme } from './useTheme';
import './shell.css';

/** The canvas keeps at least this height however tall the bottom panel is made. */
const MIN_CANVAS_HEIGHT = 280;

export const CORE_TABS: readonly PanelTab[] = [
  { id: 'problems', label: 'Problems', Component: ProblemsTab, Badge: ProblemsBadge },
  // The Outline (a windowed list, with @tanstack/react-virtual) loads when its tab is first hovered,
  // focused or opened: the editor starts without it.
  lazyPanelTab('outline', 'Outline', () => import('../problems/OutlineTab').then((m) => m.OutlineTab)),
];

export interface EditorShellProps {
  saveState?: SaveState;
  /** Short reason shown after "Not saved —" when saveState is 'error'. */
  saveReason?: string;
  /** Replaces the header's Export button (e.g. a menu of formats). */
  exportMenu?: ReactNode;
  /** A full-width message under the header (storage errors, a newer version in another tab). */
  banner?: ReactNode;
  onImport?: () => void;
  onExport?: () => void;
  /** Called by the Simulate button; without it, the button opens a tab with id "simulator" if present. */
  onSimulate?: () => void;
  /** More bottom-panel tabs (JSON, Simulator, Tests): one entry each. */
  extraTabs?: readonly PanelTab[];
  /**
   * Wraps every switch away from the current bottom tab (a tab may hold unsaved text, e.g. invalid
   * JSON): call `leave` now or once the user agrees. Without it, tabs switch at once.
   */
  guardTabChange?: (leave: () => void) => void;
  headerLeading?: ReactNode;
  /** A message the app wants shown (e.g. an import error). */
  message?: string | null;
  onDismissMessage?: () => void;
}

/**
 * The editor layout: header, palette | canvas + bottom panel | inspector. Panels resize with a
 * splitter (pointer or arrow keys) and collapse; sizes are remembered per browser.
 */
export function EditorShell({ saveState, saveReason, exportMenu, banner, onImport, onExport, onSimulate, extraTabs = [], guardTabChange, headerLeading, message, onDismissMessage }: EditorShellProps) {
  const [theme, toggleTheme] = useTheme();
  const tabs = useMemo(() => [...CORE_TABS, ...extraTabs], [extraTabs]);
  const [activeTab, setActiveTab] = useState('problems');
  const palette = usePanelSize('palette', 240, 180, 420);
  const inspector = usePanelSize('inspector', 340, 260, 640);
  // A run needs room for its scene, transcript and side panels: the Simulator and Tests open the
  // bottom panel to about half the window (the canvas keeps the rest), the other tabs to 220 px;
  // each size is remembered once resized.
  const running = activeTab === 'simulator' || activeTab === 'tests';
  const windowHeight = typeof window === 'undefined' ? 900 : window.innerHeight;
  const bottomMax = Math.max(240, windowHeight - 48 - MIN_CANVAS_HEIGHT);
  const bottom = usePanelSize(running ? 'bottom-run' : 'bottom', running ? Math.round(windowHeight * 0.46) : 220, 96, bottomMax);

  const selectTab = useCallback(
    (id: string) => {
      if (id === activeTab) return;
      if (guardTabChange) guardTabChange(() => setActiveTab(id));
      else setActiveTab(id);
    },
    [activeTab, guardTabChange],
  );
  const openTab = useCallback(
    (id: string) => {
      selectTab(id);
      if (bottom.collapsed) bottom.toggle();
    },
    [bottom, selectTab],
  );
  const focusSearch = useCallback(() => document.getElementById(SEARCH_INPUT_ID)?.focus(), []);
  useEditorShortcuts(focusSearch);
  const simulate = onSimulate ?? (tabs.some((t) => t.id === 'simulator') ? () => openTab('simulator') : undefined);

  return (
    <div className={`app-shell${running ? ' is-running' : ''}`}>
      <Header
        saveState={saveState}
        saveReason={saveReason}
        exportMenu={exportMenu}
        theme={theme}
        onToggleTheme={toggleTheme}
        onOpenProblems={() => openTab('problems')}
        onImport={onImport}
        onExport={onExport}
        onSimulate={simulate}
        leading={headerLeading}
      />
      {banner}
      <div className="app-body">
        {!palette.collapsed && (
          <div className="side-panel" id="panel-palette" style={{ width: palette.size }}>
            <Palette />
          </div>
        )}
        <div className="splitter-wrap">
          <ResizeHandle label="Resize palette" panel={palette} orientation="vertical" direction={1} controls="panel-palette" />
          <button type="button" className="collapse-tab collapse-left" aria-label={palette.collapsed ? 'Show palette' : 'Hide palette'} aria-expanded={!palette.collapsed} onClick={palette.toggle}>
            {palette.collapsed ? '›' : '‹'}
          </button>
        </div>
        <main className="center-column" aria-label="Flow editor">
          <div className="canvas-wrap">
            <Canvas colorMode={theme} />
            <Notice extra={message} onDismissExtra={onDismissMessage} />
          </div>
          <ResizeHandle label="Resize bottom panel" panel={bottom} orientation="horizontal" direction={-1} controls="panel-bottom" />
          <div id="panel-bottom" className="bottom-wrap" style={{ height: bottom.collapsed ? undefined : bottom.size }}>
            <BottomPanel tabs={tabs} active={activeTab} onSelect={selectTab} collapsed={bottom.collapsed} onToggle={bottom.toggle} />
          </div>
        </main>
        <div className="splitter-wrap">
          <ResizeHandle label="Resize inspector" panel={inspector} orientation="vertical" direction={-1} controls="panel-inspector" />
          <button type="button" className="collapse-tab collapse-right" aria-label={inspector.collapsed ? 'Show inspector' : 'Hide inspector'} aria-expanded={!inspector.collapsed} onClick={inspector.toggle}>
            {inspector.collapsed ? '‹' : '›'}
          </button>
        </div>
        {!inspector.collapsed && (
          <div className="side-panel" id="panel-inspector" style={{ width: inspector.size }}>
            <Inspector />
          </div>
        )}
      </div>
    </div>
  );
}
