import { copySelection } from '../copySelection';
import type { Selection } from '../selection';
import { pasteFragment } from './pasteFragment';
import type { Command } from './types';

/** Where a duplicate lands relative to its original: down-right, clear of the node's header. */
export const DUPLICATE_OFFSET = { x: 40, y: 40 };

/** Copies the selected nodes (with the edges between them) and pastes them beside the originals. */
export const duplicateSelection: Command<Selection> = {
  id: 'duplicateSelection',
  label: 'Duplicate',
  keys: ['Mod+D'],
  perform(draft, selection, ctx) {
    const fragment = copySelection(ctx.flow, selection);
    return pasteFragment.perform(draft, { fragment, offset: DUPLICATE_OFFSET }, ctx);
  },
  describe: (selection) => (selection.nodeIds.length === 1 ? 'Duplicate node' : `Duplicate ${selection.nodeIds.length} nodes`),
};
