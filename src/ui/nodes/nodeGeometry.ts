import { Position, type NodeHandle } from '@xyflow/react';
import { acceptsInput, portsOf, type FlowNode } from '../../schema';
import { summarizeNode } from './summarizeNode';

// Fixed metrics shared by the node CSS (nodes.css) and the mapper: nodes are pre-sized and their
// handles placed up front, so React Flow need not measure 1,000 nodes on load.
export const NODE_WIDTH = 248;
export const HEADER_HEIGHT = 40;
export const LINE_HEIGHT = 20;
export const BODY_PADDING = 8;
export const PORT_HEIGHT = 26;
export const PORTS_PADDING = 6;
/** The frame's border and the separator under the summary (CSS borders take layout space). */
const BORDER = 1;
export const NOTE_SIZE = { width: 220, height: 150 } as const;
const HANDLE = 10;

export interface NodeGeometry {
  width: number;
  height: number;
  handles: NodeHandle[];
}

function bodyHeight(lines: number): number {
  return lines ? lines * LINE_HEIGHT + 2 * BODY_PADDING + BORDER : 0;
}

/**
 * Document nodes are immutable (immer), so a node's geometry is computed once: the mapper, the
 * first view, centring and the compact face's anchors all ask for it, the latter two per render.
 */
const computed = new WeakMap<FlowNode, NodeGeometry>();

/** Size and handle positions of a node, from its document data alone. Treat the result as read-only. */
export function nodeGeometry(node: FlowNode): NodeGeometry {
  let geometry = computed.get(node);
  if (!geometry) {
    geometry = measure(node);
    computed.set(node, geometry);
  }
  return geometry;
}

function measure(node: FlowNode): NodeGeometry {
  if (node.type === 'note') return { ...NOTE_SIZE, handles: [] };
  const ports = portsOf(node);
  const top = BORDER + HEADER_HEIGHT + bodyHeight(summarizeNode(node).length);
  const height = top + (ports.length ? ports.length * PORT_HEIGHT + PORTS_PADDING : 0) + BORDER;
  const handles: NodeHandle[] = ports.map((port, i) => ({
    id: port.id,
    type: 'source',
    position: Position.Right,
    x: NODE_WIDTH - BORDER - HANDLE / 2,
    y: top + PORTS_PADDING / 2 + i * PORT_HEIGHT + PORT_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  }));
  if (acceptsInput(node)) {
    handles.push({ id: 'in', type: 'target', position: Position.Left, x: BORDER - HANDLE / 2, y: BORDER + HEADER_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE });
  }
  return { width: NODE_WIDTH, height, handles };
}
