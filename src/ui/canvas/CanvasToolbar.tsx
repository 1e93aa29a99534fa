import { Panel } from '@xyflow/react';
import { NodeSearch } from './NodeSearch';
import { useTidyLayout } from './useTidyLayout';

/** Floating bar over the canvas: search and Tidy layout (zoom and fit view are in the Controls). */
export function CanvasToolbar() {
  const tidy = useTidyLayout();
  return (
    <Panel position="top-left" className="canvas-toolbar">
      <NodeSearch />
      <button type="button" className="btn btn-sm" title="Arrange the flow left to right (Shift+L)" onClick={() => void tidy()}>
        Tidy layout
      </button>
    </Panel>
  );
}
