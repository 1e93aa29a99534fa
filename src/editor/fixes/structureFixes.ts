import type { Diagnostic } from '../../rules/diagnostic';
import { kindOf, nameNode, type Flow } from '../../schema';
import { createId } from '../createId';
import { removeFromDraft } from '../removeFromDraft';
import { addEdge, addNodeNear, positionOf, removeEdge } from './fixEdits';
import { fixGraph } from './fixGraph';
import { indexAfter } from './nodeOf';
import { enableTriggerFix } from './scenarioFixes';
import type { FixProvider, QuickFix } from './types';

/** "Delete the connection from A to B": named by the ends that exist, by id when neither does. */
function deleteEdgeFix(d: Diagnostic, flow: Flow): QuickFix[] {
  const edge = flow.edges.find((e) => e.id === d.edgeId);
  if (!edge) return [];
  const { nodeById } = fixGraph(flow);
  const source = nodeById.get(edge.source);
  const target = nodeById.get(edge.target);
  const ends = `${source ? ` from ${nameNode(source, flow)}` : ''}${target ? ` to ${nameNode(target, flow)}` : ''}`;
  return [{ id: 'delete-edge', label: `Delete the connection${ends || ` "${edge.id}"`}`, apply: (draft) => removeEdge(draft, edge.id) }];
}

export const structureFixes = {
  'structure.duplicate_node_id': (d, flow) => {
    const index = indexAfter(d, 'nodes');
    const node = index === undefined ? undefined : flow.nodes[index];
    if (!node || index === undefined) return [];
    return [
      {
        id: 'new-node-id',
        label: `Give node ${index} (${nameNode(node, flow)}) a new id`,
        apply(draft) {
          const target = draft.nodes[index];
          if (target?.id !== node.id) return false;
          target.id = createId(node.type, new Set(draft.nodes.map((n) => n.id)));
          // It shared its twin's layout entry; give it its own, a little apart.
          const at = positionOf(flow, node.id);
          draft.layout.nodes[target.id] = { x: at.x + 30, y: at.y + 30 };
        },
      },
    ];
  },
  'structure.duplicate_edge_id': (d, flow) => {
    const index = indexAfter(d, 'edges');
    const edge = index === undefined ? undefined : flow.edges[index];
    if (!edge || index === undefined) return [];
    return [
      {
        id: 'new-edge-id',
        label: `Give edge ${index} a new id`,
        apply(draft) {
          const target = draft.edges[index];
          if (target?.id !== edge.id) return false;
          target.id = createId('e', new Set(draft.edges.map((e) => e.id)));
        },
      },
    ];
  },
  'structure.edge_missing_source': deleteEdgeFix,
  'structure.edge_missing_target': deleteEdgeFix,
  'structure.edge_unknown_port': deleteEdgeFix,
  'structure.edge_into_trigger': deleteEdgeFix,
  'structure.edge_into_note': deleteEdgeFix,
  'structure.port_used_twice': deleteEdgeFix,
  'structure.no_enabled_trigger': (d, flow) => {
    if (d.nodeId) return enableTriggerFix(flow, d.nodeId);
    // No trigger at all: add the scenario the message suggests, leading to the first step nothing enters.
    const graph = fixGraph(flow);
    const first = flow.nodes.find((n) => kindOf(n).role === 'step' && (graph.inEdges.get(n.id)?.length ?? 0) === 0);
    return [
      {
        id: 'add-trigger',
        label: `Add a Human requested trigger${first ? ` leading to ${nameNode(first, flow)}` : ''}`,
        apply(draft, ctx) {
          const at = first ? positionOf(flow, first.id) : { x: 0, y: 0 };
          const id = addNodeNear(draft, 'trigger_human_requested', {}, { x: at.x - 330, y: at.y });
          if (first) addEdge(draft, id, 'next', first.id);
          ctx.select({ nodeIds: [id], edgeIds: [] });
        },
      },
    ];
  },
  'structure.unreachable': (d, flow) => {
    const node = d.nodeId ? fixGraph(flow).nodeById.get(d.nodeId) : undefined;
    if (!node) return [];
    return [
      {
        id: 'delete-node',
        label: `Delete ${nameNode(node, flow)}`,
        apply: (draft) => (removeFromDraft(draft, [node.id]).nodes === 0 ? false : undefined),
      },
    ];
  },
} satisfies Record<string, FixProvider>;
