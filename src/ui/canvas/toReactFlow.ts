import type { Edge, Node } from '@xyflow/react';
import { NODE_KINDS, titleNode, type Flow, type FlowEdge, type FlowNode, type Position } from '../../schema';
import { nodeGeometry } from '../nodes/nodeGeometry';
import { nodeFamily } from './nodeFamily';
import { indexFlow } from '../store/indexFlow';

export type CanvasNode = Node<Record<string, never>>;

/**
 * Remembers the last React Flow objects so unchanged document nodes map to the identical object:
 * React Flow then skips their wrappers, and dragging one node re-renders only that node.
 */
export interface MapperCache {
  nodes: WeakMap<FlowNode, { position: Position | undefined; selected: boolean; rf: CanvasNode }>;
  edges: WeakMap<FlowEdge, { selected: boolean; label: string; rf: Edge }>;
}

export function createMapperCache(): MapperCache {
  return { nodes: new WeakMap(), edges: new WeakMap() };
}

const EMPTY_DATA: Record<string, never> = {};
const ORIGIN = { x: 0, y: 0 };

/**
 * Derives React Flow nodes and edges from the document. Node components select their own data by
 * id, so `data` stays empty; selection comes from view state, never from the document.
 */
export function toReactFlow(
  flow: Flow,
  selection: { nodeIds: readonly string[]; edgeIds: readonly string[] },
  cache: MapperCache = createMapperCache(),
): { nodes: CanvasNode[]; edges: Edge[] } {
  const selectedNodes = new Set(selection.nodeIds);
  const selectedEdges = new Set(selection.edgeIds);
  const nodes = flow.nodes.map((node) => {
    const position = flow.layout.nodes[node.id];
    const selected = selectedNodes.has(node.id);
    const hit = cache.nodes.get(node);
    if (hit && hit.position === position && hit.selected === selected) return hit.rf;
    const { width, height, handles } = nodeGeometry(node);
    const rf: CanvasNode = {
      id: node.id,
      type: nodeFamily(node.type),
      position: position ?? ORIGIN,
      data: EMPTY_DATA,
      width,
      height,
      measured: { width, height },
      handles,
      selected,
      ariaLabel: `${NODE_KINDS[node.type].label}${node.title ? `: ${node.title}` : ''}`,
      ...(node.type === 'note' ? { dragHandle: '.note-drag', zIndex: -1 } : {}),
    };
    cache.nodes.set(node, { position, selected, rf });
    return rf;
  });
  const byId = indexFlow(flow).nodeById;
  const nameOf = (id: string) => {
    const n = byId.get(id);
    return n ? titleNode(n, flow) : id;
  };
  const edges = flow.edges.map((edge) => {
    const selected = selectedEdges.has(edge.id);
    const label = `Connection ${nameOf(edge.source)} (${edge.sourcePort}) to ${nameOf(edge.target)}`;
    const hit = cache.edges.get(edge);
    if (hit && hit.selected === selected && hit.label === label) return hit.rf;
    const rf: Edge = { id: edge.id, source: edge.source, sourceHandle: edge.sourcePort, target: edge.target, targetHandle: 'in', selected, ariaLabel: label };
    cache.edges.set(edge, { selected, label, rf });
    return rf;
  });
  return { nodes, edges };
}
