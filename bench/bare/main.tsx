/**
 * The baseline for bench/run.mjs: React Flow with its default nodes and nothing else, `?bench=N`
 * nodes laid out like the generated flow (30 per row, 200 × 60 px pitch) and chained left to
 * right, publishing the same window.__bench contract as the app in bench mode.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { readBenchSize } from '../../src/ui/bench/readBenchSize';
import { waitForPaintedNodes } from '../../src/ui/bench/waitForPaintedNodes';
import '../../src/ui/bench/benchHandle';

const PER_ROW = 30;

function makeGraph(n: number): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    position: { x: (i % PER_ROW) * 200, y: Math.floor(i / PER_ROW) * 60 },
    data: { label: `Node ${i}` },
  }));
  const edges: Edge[] = nodes.slice(1).flatMap((node, k) => (k % PER_ROW === PER_ROW - 1 ? [] : [{ id: `e${k}`, source: nodes[k].id, target: node.id }]));
  return { nodes, edges };
}

function Bare({ n }: { n: number }) {
  const [initial] = useState(() => makeGraph(n));
  const [nodes, setNodes, onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  const rf = useReactFlow();
  const selectNodes = useCallback(
    (ids: readonly string[]) => {
      const chosen = new Set(ids);
      setNodes((all) => all.map((node) => ({ ...node, selected: chosen.has(node.id) })));
    },
    [setNodes],
  );
  useEffect(() => {
    void waitForPaintedNodes().then(() => {
      window.__bench = { rf, ready: true, readyAt: performance.now(), nodes: n, selectNodes };
    });
  }, [rf, n, selectNodes]);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.02} />;
}

const n = readBenchSize(window.location.search) ?? 100;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <div style={{ width: '100vw', height: '100vh' }}>
        <Bare n={n} />
      </div>
    </ReactFlowProvider>
  </StrictMode>,
);
