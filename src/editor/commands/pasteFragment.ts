import type { Position } from '../../schema';
import { canAddNode } from '../canAddNode';
import type { ClipboardFragment } from '../clipboardFragment';
import { createId } from '../createId';
import type { Command } from './types';

export interface PasteFragmentArgs {
  fragment: ClipboardFragment;
  /** Added to every copied position, so a paste does not land exactly on its original. */
  offset: Position;
}

/**
 * Inserts a copied fragment with fresh node and edge ids (so it works within a flow and between
 * flows), keeps its internal edges, and selects what was pasted. Refused when it would take the
 * flow past 6 Handovers.
 */
export const pasteFragment: Command<PasteFragmentArgs> = {
  id: 'pasteFragment',
  label: 'Paste',
  keys: ['Mod+V'],
  perform(draft, { fragment, offset }, ctx) {
    if (fragment.nodes.length === 0) return false;
    const handovers = fragment.nodes.filter((n) => n.type === 'handover').length;
    for (const allowed of [canAddNode(ctx.flow, 'note', fragment.nodes.length), canAddNode(ctx.flow, 'handover', handovers)]) {
      if (!allowed.ok) return ctx.refuse(allowed.reason);
    }
    const takenNodes = new Set(ctx.flow.nodes.map((n) => n.id));
    const takenEdges = new Set(ctx.flow.edges.map((e) => e.id));
    const newIds = new Map<string, string>();
    fragment.nodes.forEach((node, i) => {
      const id = createId(node.type, takenNodes);
      takenNodes.add(id);
      newIds.set(node.id, id);
      draft.nodes.push(structuredClone({ ...node, id }));
      const at = fragment.layout[node.id] ?? { x: i * 40, y: i * 40 };
      draft.layout.nodes[id] = { x: at.x + offset.x, y: at.y + offset.y };
    });
    const edgeIds: string[] = [];
    for (const edge of fragment.edges) {
      const source = newIds.get(edge.source);
      const target = newIds.get(edge.target);
      if (!source || !target) continue;
      const id = createId('e', takenEdges);
      takenEdges.add(id);
      edgeIds.push(id);
      draft.edges.push({ id, source, sourcePort: edge.sourcePort, target });
    }
    ctx.select({ nodeIds: [...newIds.values()], edgeIds });
  },
  describe: ({ fragment }) => (fragment.nodes.length === 1 ? 'Paste node' : `Paste ${fragment.nodes.length} nodes`),
};
