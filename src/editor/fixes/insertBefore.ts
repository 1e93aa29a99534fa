import type { Draft } from 'immer';
import type { Flow, NodeType } from '../../schema';
import { insertOnEdges } from './fixEdits';
import { fixGraph } from './fixGraph';

/**
 * Puts a new step in front of `targetId` on every way in. A voice handover keeps its Pause right
 * before it (voice.pause.missing), so for an edge from a Pause the new step goes in front of that
 * Pause instead. One new step per place it goes in front of; returns false when nothing leads in.
 */
export function insertBefore(draft: Draft<Flow>, flow: Flow, targetId: string, type: NodeType, data: Record<string, unknown>, port = 'next'): string[] | false {
  const graph = fixGraph(flow);
  const groups = new Map<string, string[]>();
  const add = (entry: string, edgeId: string) => groups.set(entry, [...(groups.get(entry) ?? []), edgeId]);
  for (const edge of graph.inEdges.get(targetId) ?? []) {
    const source = graph.nodeById.get(edge.source);
    if (source?.type === 'pause' && isVoiceHandover(flow, targetId)) {
      for (const into of graph.inEdges.get(source.id) ?? []) add(source.id, into.id);
    } else {
      add(targetId, edge.id);
    }
  }
  const added: string[] = [];
  for (const [entry, edgeIds] of groups) {
    const id = insertOnEdges(draft, flow, edgeIds, entry, type, data, port);
    if (id) added.push(id);
  }
  return added.length > 0 ? added : false;
}

function isVoiceHandover(flow: Flow, id: string): boolean {
  const node = fixGraph(flow).nodeById.get(id);
  return node?.type === 'handover' && node.data.destination.kind === 'voice';
}
