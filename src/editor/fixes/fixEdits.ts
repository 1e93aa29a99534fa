import { current, type Draft } from 'immer';
import { createNode, type Flow, type NodeType, type Position } from '../../schema';
import { createId } from '../createId';
import { estimateNodeSize } from '../estimateNodeSize';
import { findFreeSpot } from '../findFreeSpot';
import { removeFromDraft } from '../removeFromDraft';

const ORIGIN: Position = { x: 0, y: 0 };

export function positionOf(flow: Flow, nodeId: string): Position {
  return flow.layout.nodes[nodeId] ?? ORIGIN;
}

/** Adds a node with its kind's defaults (and `data`) at the free spot nearest `near`; returns its id. */
export function addNodeNear(draft: Draft<Flow>, type: NodeType, data: Record<string, unknown>, near: Position): string {
  const id = createId(type, new Set(draft.nodes.map((n) => n.id)));
  const node = createNode(type, id, data);
  // Place against the draft as it is now, so two nodes one fix adds do not land on one spot.
  const at = findFreeSpot(current(draft) as Flow, near, estimateNodeSize(node));
  draft.nodes.push(node);
  draft.layout.nodes[id] = { x: at.x, y: at.y };
  return id;
}

export function addEdge(draft: Draft<Flow>, source: string, sourcePort: string, target: string): string {
  const id = createId('e', new Set(draft.edges.map((e) => e.id)));
  draft.edges.push({ id, source, sourcePort, target });
  return id;
}

export function removeEdge(draft: Draft<Flow>, edgeId: string): false | void {
  if (removeFromDraft(draft, [], [edgeId]).edges === 0) return false;
}

/**
 * Puts a new node on the way into `target`: the given edges now end at the new node, whose `port`
 * leads to `target`. It sits between the edges' sources and the target. Returns the new node's id.
 */
export function insertOnEdges(draft: Draft<Flow>, flow: Flow, edgeIds: readonly string[], target: string, type: NodeType, data: Record<string, unknown>, port = 'next'): string | false {
  const edges = draft.edges.filter((e) => edgeIds.includes(e.id) && e.target === target);
  if (edges.length === 0) return false;
  const to = positionOf(flow, target);
  const from = edges.map((e) => positionOf(flow, e.source));
  const mid = { x: (from.reduce((s, p) => s + p.x, 0) / from.length + to.x) / 2, y: (from.reduce((s, p) => s + p.y, 0) / from.length + to.y) / 2 };
  const id = addNodeNear(draft, type, data, { x: Math.round(mid.x / 15) * 15, y: Math.round(mid.y / 15) * 15 });
  for (const edge of edges) edge.target = id;
  addEdge(draft, id, port, target);
  return id;
}

/** Adds a node of `type` to the right of `source` and connects `port` to it; returns the new id. */
export function connectToNew(draft: Draft<Flow>, flow: Flow, source: string, port: string, type: NodeType, data: Record<string, unknown>): string {
  const at = positionOf(flow, source);
  const id = addNodeNear(draft, type, data, { x: at.x + 330, y: at.y });
  addEdge(draft, source, port, id);
  return id;
}
