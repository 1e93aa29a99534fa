import { removeFromDraft } from '../removeFromDraft';
import type { Selection } from '../selection';
import type { Command } from './types';

/** Deletes the selected nodes (with their edges and layout) and the selected edges. */
export const deleteSelection: Command<Selection> = {
  id: 'deleteSelection',
  label: 'Delete',
  keys: ['Delete', 'Backspace'],
  perform(draft, selection) {
    const removed = removeFromDraft(draft, selection.nodeIds, selection.edgeIds);
    if (removed.nodes === 0 && removed.edges === 0) return false;
  },
  describe(selection) {
    const parts = [];
    if (selection.nodeIds.length) parts.push(selection.nodeIds.length === 1 ? '1 node' : `${selection.nodeIds.length} nodes`);
    if (selection.edgeIds.length) parts.push(selection.edgeIds.length === 1 ? '1 connection' : `${selection.edgeIds.length} connections`);
    return `Delete ${parts.join(' and ')}`;
  },
};
