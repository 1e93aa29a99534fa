import type { Draft } from 'immer';
import type { Diagnostic } from '../../rules/diagnostic';
import type { Flow, FlowNode, NodeType } from '../../schema';
import { pointerSegments } from '../jsonSync/locatePointer';
import { fixGraph } from './fixGraph';

/** The node a diagnostic is about, when it is of `type`. */
export function nodeOf<T extends NodeType>(diagnostic: Diagnostic, flow: Flow, type: T): Extract<FlowNode, { type: T }> | undefined {
  const node = diagnostic.nodeId ? fixGraph(flow).nodeById.get(diagnostic.nodeId) : undefined;
  return node?.type === type ? (node as Extract<FlowNode, { type: T }>) : undefined;
}

/** The same node in the draft (found by id: a fix never trusts an index it read earlier). */
export function draftNode<T extends NodeType>(draft: Draft<Flow>, id: string, type: T): Draft<Extract<FlowNode, { type: T }>> | undefined {
  const node = draft.nodes.find((n) => n.id === id);
  return node?.type === type ? (node as Draft<Extract<FlowNode, { type: T }>>) : undefined;
}

/** The number after `key` in a diagnostic's JSON pointer: `/edges/3/target` → 3 for "edges". */
export function indexAfter(diagnostic: Diagnostic, key: string): number | undefined {
  const parts = diagnostic.path ? pointerSegments(diagnostic.path) : [];
  const at = parts.indexOf(key);
  const n = at >= 0 ? Number(parts[at + 1]) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
