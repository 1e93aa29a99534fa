// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { StoreApi } from 'zustand';
import { MapMinimap } from '../../src/ui/canvas/map/MapMinimap';

const BOUNDS = { x: 0, y: 0, width: 6000, height: 4000 };

/** The map's minimap inside a real React Flow (1280 × 800 in tests), and React Flow's store. */
function renderMinimap() {
  let api: StoreApi<ReactFlowState> | null = null;
  function Probe() {
    api = useStoreApi() as unknown as StoreApi<ReactFlowState>;
    return null;
  }
  render(
    <div style={{ width: 1280, height: 800 }}>
      <ReactFlow nodes={[]} edges={[]} defaultViewport={{ x: 390, y: 200, zoom: 0.25 }} minZoom={0.02}>
        <MapMinimap bounds={BOUNDS} />
        <Probe />
      </ReactFlow>
    </div>,
  );
  const transform = () => api!.getState().transform;
  return { transform };
}

describe("the map's minimap", () => {
  it('is a named, described keyboard control: Tab reaches it, arrows pan the view, Enter centres it on the flow, and it says where the view is', async () => {
    const user = userEvent.setup();
    const { transform } = renderMinimap();
    const minimap = screen.getByRole('application', { name: 'Mini map' });
    expect(minimap).toHaveAccessibleDescription(/Arrow keys pan the view.*Enter or Space centres the view on the flow/);
    await waitFor(() => expect(transform()[2]).toBe(0.25));

    await user.tab();
    expect(minimap).toHaveFocus();

    // Right: the view moves right over the flow, a tenth of its width (1280 px on screen).
    const [x0, y0] = transform();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(transform()[0]).toBeCloseTo(x0 - 128));
    expect(transform()[1]).toBeCloseTo(y0);
    expect(transform()[2]).toBe(0.25);
    // Shift+Down: half a view down.
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await waitFor(() => expect(transform()[1]).toBeCloseTo(y0 - 400));
    // Where the view is now, in words, for a screen reader.
    const status = screen.getByRole('status');
    const centre = { x: (640 - transform()[0]) / 0.25, y: (400 - transform()[1]) / 0.25 };
    expect(status).toHaveTextContent(`View at ${Math.round((centre.x / 6000) * 100)} % across and ${Math.round((centre.y / 4000) * 100)} % down the flow`);

    // Enter centres the view on the middle of the flow, at the same zoom.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(transform()[0]).toBeCloseTo(640 - 3000 * 0.25));
    expect(transform()[1]).toBeCloseTo(400 - 2000 * 0.25);
    expect(status).toHaveTextContent('View at 50 % across and 50 % down the flow');
    // Space too, after moving away.
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    await waitFor(() => expect(transform()[0]).not.toBeCloseTo(640 - 3000 * 0.25));
    await user.keyboard(' ');
    await waitFor(() => expect(transform()[0]).toBeCloseTo(640 - 3000 * 0.25));
    expect(transform()[1]).toBeCloseTo(400 - 2000 * 0.25);
  });

  it('leaves other keys and shortcuts with modifiers alone', async () => {
    const user = userEvent.setup();
    const { transform } = renderMinimap();
    const minimap = screen.getByRole('application', { name: 'Mini map' });
    await waitFor(() => expect(transform()[2]).toBe(0.25));
    minimap.focus();
    const before = [...transform()];
    await user.keyboard('{Control>}{ArrowRight}{/Control}a');
    expect([...transform()]).toEqual(before);
  });
});
