import { createElement, lazy, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  /** Renders the loaded component; suspends (show a Suspense fallback) until its code has arrived. */
  Component: ComponentType<P>;
  /** Starts fetching the code (once per page); resolves when it can render without suspending. */
  preload(): Promise<void>;
}

/**
 * A component whose code is a separate chunk, kept out of the JavaScript the app needs to start.
 * Once loaded (preloaded when the browser is idle, or on first use) it renders directly, without
 * a Suspense round, so a preloaded form never flashes its loading state. A chunk that cannot be
 * fetched renders a message naming what failed instead of taking the editor down with it.
 */
export function lazyComponent<P extends object>(label: string, load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchOnce = () =>
    (pending ??= load().then(
      (Component): { default: ComponentType<P> } => ({ default: (loaded = Component) }),
      (error: unknown): { default: ComponentType<P> } => ({ default: (loaded = () => <LoadFailed label={label} error={error} />) }),
    ));
  const Lazy = lazy(fetchOnce) as unknown as ComponentType<P>;
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  Component.displayName = `Lazy(${label})`;
  return { Component, preload: () => fetchOnce().then(() => undefined) };
}

function LoadFailed({ label, error }: { label: string; error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className="panel-empty">
      The {label} could not load ({reason}). Reload the page to try again.
    </p>
  );
}

/** Runs `task` once the browser is idle (at most `timeout` ms from now); returns a cancel function. */
export function whenIdle(task: () => void, timeout = 300): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, timeout);
  return () => clearTimeout(handle);
}
