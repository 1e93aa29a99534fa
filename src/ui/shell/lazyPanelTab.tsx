import { lazy, type ComponentType } from 'react';
import type { PanelTab } from './PanelTab';

/**
 * A bottom-panel tab whose code loads the first time it opens (or is hovered or focused), keeping
 * it out of the JavaScript the app needs to start. If the chunk cannot be fetched the panel says
 * so instead of taking the editor down with it.
 */
export function lazyPanelTab(id: string, label: string, load: () => Promise<ComponentType>): PanelTab {
  let pending: Promise<{ default: ComponentType }> | undefined;
  const fetchOnce = () =>
    (pending ??= load().then(
      (Component): { default: ComponentType } => ({ default: Component }),
      (error: unknown): { default: ComponentType } => ({ default: () => <LoadFailed label={label} error={error} /> }),
    ));
  return { id, label, Component: lazy(fetchOnce), preload: () => void fetchOnce() };
}

function LoadFailed({ label, error }: { label: string; error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className="panel-empty">
      The {label} panel could not load ({reason}). Reload the page to try again.
    </p>
  );
}
