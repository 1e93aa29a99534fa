import Flatbush from 'flatbush';
import { NODE_KINDS, titleNode, type Flow, type FlowNode } from '../../../schema';
import type { Diagnostic } from '../../../rules/diagnostic';
import { nodeGeometry } from '../../nodes/nodeGeometry';

/** Palette groups in a fixed order: a node's group is an index into this list. */
export const MAP_GROUPS = ['triggers', 'messages', 'handover', 'followup', 'logic', 'note'] as const;
const groupIndex = (node: FlowNode) => (node.type === 'note' ? 5 : Math.max(0, MAP_GROUPS.indexOf(NODE_KINDS[node.type].group.toLowerCase().replace(/[^a-z]/g, '') as never)));

/**
 * The flow as the map layer draws and hit-tests it: typed arrays of node boxes (flow coordinates),
 * edges as node index pairs with their anchor offsets (so a dragged node takes its edges along),
 * and a flatbush index over the boxes. Built once per document (and diagnostics) revision.
 */
export interface MapModel {
  flow: Flow;
  count: number;
  ids: string[];
  nodes: FlowNode[];
  indexOf: Map<string, number>;
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
  h: Float64Array;
  group: Uint8Array;
  /** 0 none, 1 info, 2 warning, 3 error; and how many of that severity. */
  severity: Uint8Array;
  problems: Uint16Array;
  edgeIds: string[];
  /** Per edge: source and target node index, and anchor offsets inside them. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeSourceDx: Float32Array;
  edgeSourceDy: Float32Array;
  edgeTargetDy: Float32Array;
  index: Flatbush | null;
  bounds: { x: number; y: number; width: number; height: number };
  /** A node's title as the canvas shows it, computed on first use. */
  title(i: number): string;
}

const SEVERITY = { info: 1, warning: 2, error: 3 } as const;

let lastModel: { flow: Flow; diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>; model: MapModel } | null = null;

/**
 * buildMapModel for the document's current revision, built once however often the map layer
 * mounts (each zoom-out past 40 %), so the map's cached tiles, keyed on the model, stay valid.
 */
export function mapModelFor(flow: Flow, diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>): MapModel {
  if (lastModel?.flow !== flow || lastModel.diagnosticsByNode !== diagnosticsByNode) lastModel = { flow, diagnosticsByNode, model: buildMapModel(flow, diagnosticsByNode) };
  return lastModel.model;
}

let lastPath: { model: MapModel; ids: readonly string[] | undefined; edges: ReadonlySet<number> } | null = null;
const NO_EDGES: ReadonlySet<number> = new Set();

/** The indices of a run's path edges in `model` (the same set for the same model and run). */
export function pathEdgeIndices(model: MapModel, ids: readonly string[] | undefined): ReadonlySet<number> {
  if (!ids?.length) return NO_EDGES;
  if (lastPath?.model !== model || lastPath.ids !== ids) {
    const at = new Map(model.edgeIds.map((id, k) => [id, k]));
    lastPath = { model, ids, edges: new Set(ids.map((id) => at.get(id) ?? -1).filter((k) => k >= 0)) };
  }
  return lastPath.edges;
}

export function buildMapModel(flow: Flow, diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>): MapModel {
  const count = flow.nodes.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const w = new Float64Array(count);
  const h = new Float64Array(count);
  const group = new Uint8Array(count);
  const severity = new Uint8Array(count);
  const problems = new Uint16Array(count);
  const ids: string[] = new Array(count);
  const indexOf = new Map<string, number>();
  const index = count ? new Flatbush(count) : null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  flow.nodes.forEach((node, i) => {
    const at = flow.layout.nodes[node.id] ?? { x: 0, y: 0 };
    const size = nodeGeometry(node);
    x[i] = at.x;
    y[i] = at.y;
    w[i] = size.width;
    h[i] = size.height;
    ids[i] = node.id;
    indexOf.set(node.id, i);
    group[i] = groupIndex(node);
    const diagnostics = diagnosticsByNode.get(node.id);
    if (diagnostics?.length) {
      for (const d of diagnostics) severity[i] = Math.max(severity[i], SEVERITY[d.severity]);
      problems[i] = diagnostics.filter((d) => SEVERITY[d.severity] === severity[i]).length;
    }
    index!.add(at.x, at.y, at.x + size.width, at.y + size.height);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + size.width);
    maxY = Math.max(maxY, at.y + size.height);
  });
  index?.finish();

  const edges = flow.edges.filter((e) => indexOf.has(e.source) && indexOf.has(e.target));
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeSourceDx = new Float32Array(edges.length);
  const edgeSourceDy = new Float32Array(edges.length);
  const edgeTargetDy = new Float32Array(edges.length);
  edges.forEach((edge, k) => {
    const s = indexOf.get(edge.source)!;
    const t = indexOf.get(edge.target)!;
    edgeSource[k] = s;
    edgeTarget[k] = t;
    const handle = nodeGeometry(flow.nodes[s]).handles.find((hd) => hd.type === 'source' && hd.id === edge.sourcePort);
    const input = nodeGeometry(flow.nodes[t]).handles.find((hd) => hd.type === 'target');
    edgeSourceDx[k] = handle ? handle.x + (handle.width ?? 0) / 2 : w[s];
    edgeSourceDy[k] = handle ? handle.y + (handle.height ?? 0) / 2 : h[s] / 2;
    edgeTargetDy[k] = input ? input.y + (input.height ?? 0) / 2 : 20;
  });

  const titles: (string | undefined)[] = new Array(count);
  return {
    flow,
    count,
    ids,
    nodes: flow.nodes,
    indexOf,
    x,
    y,
    w,
    h,
    group,
    severity,
    problems,
    edgeIds: edges.map((e) => e.id),
    edgeSource,
    edgeTarget,
    edgeSourceDx,
    edgeSourceDy,
    edgeTargetDy,
    index,
    bounds: count ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 },
    title: (i) => (titles[i] ??= titleNode(flow.nodes[i], flow)),
  };
}

/**
 * The node drawn on top at a flow point (the last in document order, notes below the rest, as on
 * the canvas), or -1. Only when no node is exactly there does `slop` (flow units) widen the search,
 * so a press just beside a tiny zoomed-out node still finds it without stealing from its neighbour.
 */
export function nodeAt(model: MapModel, px: number, py: number, slop = 0): number {
  if (!model.index) return -1;
  const top = (hits: number[]) => {
    let best = -1;
    for (const i of hits) {
      const note = model.group[i] === 5;
      const bestNote = best >= 0 && model.group[best] === 5;
      if (best < 0 || (bestNote && !note) || (note === bestNote && i > best)) best = i;
    }
    return best;
  };
  const exact = top(model.index.search(px, py, px, py));
  return exact >= 0 || !slop ? exact : top(model.index.search(px - slop, py - slop, px + slop, py + slop));
}

/** Every node whose box meets the rectangle (flow coordinates), as React Flow's box selection does. */
export function nodesIn(model: MapModel, x0: number, y0: number, x1: number, y1: number): number[] {
  if (!model.index) return [];
  return model.index.search(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
}
