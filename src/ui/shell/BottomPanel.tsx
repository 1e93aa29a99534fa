import { Suspense, useRef, type KeyboardEvent } from 'react';
import type { PanelTab } from './PanelTab';

interface Props {
  tabs: readonly PanelTab[];
  active: string;
  onSelect(id: string): void;
  collapsed: boolean;
  onToggle(): void;
}

/** The tabbed bottom panel (WAI-ARIA tabs: arrow keys move between tabs, Home/End jump). */
export function BottomPanel({ tabs, active, onSelect, collapsed, onToggle }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];

  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.id === current.id);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  }

  return (
    <section className={`bottom-panel${collapsed ? ' is-collapsed' : ''}`} aria-label="Bottom panel">
      <div className="bottom-tabs">
        <div role="tablist" aria-label="Panels" ref={list} onKeyDown={onKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={tab.id === current.id}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={tab.id === current.id ? 0 : -1}
              className="bottom-tab"
              onPointerEnter={tab.preload}
              onFocus={tab.preload}
              onClick={() => {
                onSelect(tab.id);
                if (collapsed) onToggle();
              }}
            >
              {tab.label}
              {tab.Badge && <tab.Badge />}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn-ghost btn-icon btn-sm collapse-btn" aria-label={collapsed ? 'Expand panel' : 'Collapse panel'} aria-expanded={!collapsed} onClick={onToggle}>
          <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true" style={{ transform: collapsed ? 'rotate(180deg)' : undefined }}>
            <path d="m6 9 6 6 6-6" />
          </svg>
        </button>
      </div>
      {!collapsed && (
        <div role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="bottom-tabpanel">
          {/* Lazy tabs (Simulator, Tests, History) announce their loading instead of an empty panel. */}
          <Suspense
            key={current.id}
            fallback={
              <p role="status" aria-busy="true" className="panel-empty">
                Loading {current.label}…
              </p>
            }
          >
            <current.Component />
          </Suspense>
        </div>
      )}
    </section>
  );
}
