import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { canConnect } from '../../editor/canConnect';
import { connect } from '../../editor/commands/connect';
import { moveNodes } from '../../editor/commands/moveNodes';
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
import './canvas.css';

/** The canvas section's id: a palette drag finds the drop area by it. */
export const CANVAS_SECTION_ID = 'flow-canvas';
const SNAP: [number, number] = [15, 15];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep', interactionWidth: 16 } as const;
const MINIMAP_STYLE = { width: 168, height: 112 };
let dragCount = 0;

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
  const { nodes, edges } = useMemo(() => toReactFlow(flow, selection, cache.current), [flow, selection]);
  const gesture = useRef<string | null>(null);
  const isOver = useSyncExternalStore(canvasDropHover.subscribe, canvasDropHover.get);
  const capturing = useSyncExternalStore(canvasCapture.subscribe, canvasCapture.get);
  // Read once: the first view is set only when the canvas first shows the flow.
  const [fitViewOptions] = useState(() => initialFitView(store.getState().flow));
  const [firstFlow] = useState(() => (fitViewOptions ? null : store.getState().flow));
  useInitialViewport(firstFlow);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const positions: Record<string, Position> = {};
      let moved = false;
      const selects: { id: string; selected: boolean }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          positions[c.id] = c.position;
          moved = true;
        } else if (c.type === 'select') selects.push(c);
      }
      if (moved) store.run(moveNodes, { positions }, gesture.current ? { gesture: gesture.current } : undefined);
      if (selects.length) store.setSelection(applySelectChanges(store.getState().selection, selects, 'nodeIds'));
    },
    [store],
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

  const onNodeDragStart = useCallback(() => {
    store.endGesture();
    gesture.current = `drag-${++dragCount}`;
  }, [store]);
  const onNodeDragStop = useCallback(() => {
    gesture.current = null;
    store.endGesture();
  }, [store]);

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
        minZoom={0.1}
        maxZoom={2}
        colorMode={colorMode}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={15} size={1.2} color="var(--canvas-dot)" />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap pannable zoomable position="bottom-right" style={MINIMAP_STYLE} nodeColor={minimapColor} nodeStrokeWidth={0} ariaLabel="Mini map" />
        <CanvasToolbar />
      </ReactFlow>
    </section>
  );
}
