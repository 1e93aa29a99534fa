import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type ReactFlowState,
  useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { canConnect } from '../../editor/canConnect';
import { connect } from '../../editor/commands/connect';
import type { Selection } from '../../editor/selection';
import type { Position } from '../../schema';
import { canvasDropHover } from '../shell/canvasDropHover';
import { canvasCapture } from './canvasCapture';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { selectFlow, selectSelection } from '../store/selectors';
import { createMapperCache, toReactFlow, type CanvasNode } from './toReactFlow';
import { nodeTypes } from './nodeTypes';
import { CanvasToolbar } from './CanvasToolbar';
import { initialFitView } from './initialFitView';
import { useInitialViewport } from './useInitialViewport';
import { useDragPositions } from './useDragPositions';
import { useMapLayer } from './useMapLayer';
import { toMapNodes } from './map/toMapNodes';
import { useMapSwitch } from './map/useMapSwitch';
import { COMPACT_ZOOM } from '../nodes/useCompactNodes';
import { LARGE_FLOW_NODES } from './initialFitView';
import './canvas.css';

/** The canvas section's id: a palette drag finds the drop area by it. */
export const CANVAS_SECTION_ID = 'flow-canvas';
const SNAP: [number, number] = [15, 15];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep', interactionWidth: 16 } as const;
const MINIMAP_STYLE = { width: 168, height: 112 };
/** Low enough that Fit view shows a whole 10,000-node flow (30 × 200 px rows: 6,000 × 20,000 px). */
const MIN_ZOOM = 0.02;

const NO_EDGES: Edge[] = [];
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < COMPACT_ZOOM;

/** Applies React Flow's select changes to the store's selection (view state only). */
function applySelectChanges(current: Selection, changes: readonly { id: string; selected: boolean }[], key: 'nodeIds' | 'edgeIds'): Selection {
  const ids = new Set(current[key]);
  for (const c of changes) {
    if (c.selected) ids.add(c.id);
    else ids.delete(c.id);
  }
  return { ...current, [key]: [...ids] };
}

function minimapColor(node: CanvasNode): string {
  return node.type === 'note' ? 'var(--note-yellow)' : node.type === 'handover' ? 'var(--g-handover)' : node.type === 'trigger' ? 'var(--g-triggers)' : 'var(--border-strong)';
}

/**
 * The React Flow canvas over the editor store. Nodes and edges are derived from the document by
 * toReactFlow; every change goes back through a command (moves as one gesture per drag).
 */
export function Canvas({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const store = useEditorStore();
  const flow = useEditor(selectFlow);
  const selection = useEditor(selectSelection);
  const cache = useRef(createMapperCache());
  const mapped = useMemo(() => toReactFlow(flow, selection, cache.current), [flow, selection]);
  const drag = useDragPositions(store, mapped.nodes);
  const { move: moveDrag } = drag;
  // Zoomed out on a large flow, the map layer draws nodes and edges on one <canvas>; React Flow
  // keeps the viewport and gets one frame node for fit view and the MiniMap (map/toMapNodes).
  const zoomedOut = useStore(selectZoomedOut);
  const large = flow.nodes.length > LARGE_FLOW_NODES;
  const mapLoad = useMapLayer(large);
  const mapChunk = mapLoad === 'failed' ? null : mapLoad;
  const isOver = useSyncExternalStore(canvasDropHover.subscribe, canvasDropHover.get);
  const capturing = useSyncExternalStore(canvasCapture.subscribe, canvasCapture.get);
  const mapMode = large && zoomedOut && !capturing && mapChunk !== null;
  const nodes = useMemo(() => (mapMode ? toMapNodes(drag.nodes) : drag.nodes), [mapMode, drag.nodes]);
  const edges = mapMode ? NO_EDGES : mapped.edges;
  useMapSwitch(large && !capturing && mapChunk !== null, drag.nodes, mapped.edges);
  // Read once: the first view is set only when the canvas first shows the flow.
  const [fitViewOptions] = useState(() => initialFitView(store.getState().flow));
  const [firstFlow] = useState(() => (fitViewOptions ? null : store.getState().flow));
  useInitialViewport(firstFlow);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const positions: Record<string, Position> = {};
      let moved = false;
      let dragging = false;
      const selects: { id: string; selected: boolean }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          positions[c.id] = c.position;
          moved = true;
          dragging ||= !!c.dragging;
        } else if (c.type === 'select') selects.push(c);
      }
      if (moved) moveDrag(positions, dragging);
      if (selects.length) store.setSelection(applySelectChanges(store.getState().selection, selects, 'nodeIds'));
    },
    [store, moveDrag],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((c): c is Extract<EdgeChange, { type: 'select' }> => c.type === 'select');
      if (selects.length) store.setSelection(applySelectChanges(store.getState().selection, selects, 'edgeIds'));
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle) store.run(connect, { source: c.source, sourcePort: c.sourceHandle, target: c.target });
    },
    [store],
  );

  // Asked on every pointer move while a connection is dragged: canConnect is cheap by design.
  const isValidConnection: IsValidConnection = useCallback(
    (c) => !!c.sourceHandle && canConnect(store.getState().flow, { source: c.source, sourcePort: c.sourceHandle, target: c.target }).ok,
    [store],
  );

  const { start: onNodeDragStart, stop: onNodeDragStop } = drag;
  // On the map React Flow knows no node to deselect: a click on empty space clears the selection here.
  const onPaneClick = useCallback(() => store.setSelection({ nodeIds: [], edgeIds: [] }), [store]);

  return (
    <section id={CANVAS_SECTION_ID} className={`canvas${isOver ? ' is-drop-target' : ''}`} aria-label="Flow canvas">
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onPaneClick={mapMode ? onPaneClick : undefined}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStart={onNodeDragStart}
        onSelectionDragStop={onNodeDragStop}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        snapToGrid
        snapGrid={SNAP}
        onlyRenderVisibleElements={!capturing}
        fitView={fitViewOptions !== null}
        fitViewOptions={fitViewOptions ?? undefined}
        minZoom={MIN_ZOOM}
        maxZoom={2}
        colorMode={colorMode}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        proOptions={PRO_OPTIONS}
      >
        {/* Under 40 % the 15 px dot grid is a grey haze of sub-2 px cells that the browser repaints on
            every frame of a pan (most of a whole-flow pan's cost at 3,000 nodes): no grid there. */}
        {!zoomedOut && <Background variant={BackgroundVariant.Dots} gap={15} size={1.2} color="var(--canvas-dot)" />}
        <Controls showInteractive={false} position="bottom-left" />
        {/* A large flow gets the map's own minimap at every zoom, shown once the map's chunk is in
            (map/FlowMinimap, within a second of opening): React Flow's keeps a component per node
            (3,000 selectors on every store update at 3,000 nodes, and as many SVG elements to mount
            while the flow opens) and rewrites its SVG mask on every pan frame, which repaints the
            whole page without a GPU. React Flow's stays for small flows and if the chunk fails. */}
        {large && mapLoad !== 'failed' ? (
          mapChunk && <mapChunk.FlowMinimap colorMode={colorMode} mapShown={mapMode} />
        ) : (
          <MiniMap pannable zoomable position="bottom-right" style={MINIMAP_STYLE} nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Mini map" />
        )}
        {mapMode && mapChunk && <mapChunk.MapLayer colorMode={colorMode} />}
        <CanvasToolbar />
      </ReactFlow>
    </section>
  );
}
