import type { FlowNode } from '../../schema';
import { computeLayout, type NodeSize } from '../computeLayout';
import type { Command } from './types';

export interface AutoLayoutArgs {
  /** The canvas's node geometry; an estimate is used when absent. */
  sizeOf?: (node: FlowNode) => NodeSize;
}

/** Tidies the whole canvas left to right in one undoable step (layout only). */
export const autoLayout: Command<AutoLayoutArgs> = {
  id: 'autoLayout',
  label: 'Tidy layout',
  keys: ['Shift+L'],
  perform(draft, args, ctx) {
    const positions = computeLayout(ctx.flow, args.sizeOf);
    for (const [id, position] of Object.entries(positions)) {
      const current = ctx.flow.layout.nodes[id];
      if (current?.x === position.x && current?.y === position.y) continue;
      draft.layout.nodes[id] = position;
    }
  },
};
