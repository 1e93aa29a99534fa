// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { lazyComponent } from '../../src/ui/shell/lazyComponent';

/** A loader the test settles by hand, counting how often it was asked. */
function controlledLoader() {
  let settle!: { ok(): void; fail(error: Error): void };
  const load = vi.fn(
    () =>
      new Promise<(props: { name: string }) => React.ReactNode>((ok, fail) => {
        settle = { ok: () => ok(({ name }) => <p>Form of {name}</p>), fail };
      }),
  );
  return { load, ok: () => settle.ok(), fail: (e: Error) => settle.fail(e) };
}

const fallback = (
  <p role="status" aria-busy="true">
    Loading the node's settings…
  </p>
);

describe('lazyComponent', () => {
  it('announces loading on first use, then renders the component with its props, fetching once', async () => {
    const loader = controlledLoader();
    const { Component } = lazyComponent('node settings', loader.load);
    expect(loader.load).not.toHaveBeenCalled();
    const { rerender } = render(<Suspense fallback={fallback}><Component name="Greeting" /></Suspense>);
    expect(screen.getByRole('status')).toHaveTextContent("Loading the node's settings…");
    await act(async () => loader.ok());
    expect(await screen.findByText('Form of Greeting')).toBeInTheDocument();
    rerender(<Suspense fallback={fallback}><Component name="Goodbye" /></Suspense>);
    expect(screen.getByText('Form of Goodbye')).toBeInTheDocument();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, with no loading state, once preloaded (the idle preload before a click)', async () => {
    const loader = controlledLoader();
    const { Component, preload } = lazyComponent('node settings', loader.load);
    const ready = preload();
    loader.ok();
    await ready;
    render(<Suspense fallback={fallback}><Component name="Greeting" /></Suspense>);
    // Synchronously in the first render: no fallback frame.
    expect(screen.getByText('Form of Greeting')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    await preload();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('says what could not load and how to recover when the chunk fails', async () => {
    const loader = controlledLoader();
    const { Component } = lazyComponent('node settings', loader.load);
    render(<Suspense fallback={fallback}><Component name="Greeting" /></Suspense>);
    await act(async () => loader.fail(new Error('Failed to fetch dynamically imported module')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The node settings could not load (Failed to fetch dynamically imported module). Reload the page to try again.',
    );
  });
});
