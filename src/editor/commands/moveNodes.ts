import type { Position } from '../../schema';
import { countNodes } from '../nodeName';
import type { Command } from './types';

/**
 * Moves nodes: layout only, behaviour untouched. Run a drag with one `gesture` id so the whole drag
 * is one undo step, and call `endGesture()` on drop.
 */
export const moveNodes: Command<{ positions: Readonly<Record<string, Position>> }> = {
  id: 'moveNodes',
  label: 'Move nodes',
  perform(draft, args, ctx) {
    const ids = new Set(ctx.flow.nodes.map((n) => n.id));
    for (const [id, position] of Object.entries(args.positions)) {
      if (!ids.has(id) || !Number.isFinite(position.x) || !Number.isFinite(position.y)) continue;
      const current = draft.layout.nodes[id];
      if (current && current.x === position.x && current.y === position.y) continue;
      draft.layout.nodes[id] = { x: position.x, y: position.y };
    }
  },
  describe: (args, flow) => `Move ${countNodes(flow, Object.keys(args.positions))}`,
};
