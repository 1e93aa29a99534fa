import { Panel, useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../store/useEditorStore';
import { NodeSearch } from './NodeSearch';
import { tidyLayout } from './tidyLayout';

/** Floating bar over the canvas: search and Tidy layout (zoom and fit view are in the Controls). */
export function CanvasToolbar() {
  const store = useEditorStore();
  const rf = useReactFlow();
  return (
    <Panel position="top-left" className="canvas-toolbar">
      <NodeSearch />
      <button
        type="button"
        className="btn btn-sm"
        title="Arrange the flow left to right (Shift+L)"
        onClick={async () => {
          if (await tidyLayout(store)) requestAnimationFrame(() => void rf.fitView({ padding: 0.2, maxZoom: 1, duration: 250 }));
        }}
      >
        Tidy layout
      </button>
    </Panel>
  );
}
