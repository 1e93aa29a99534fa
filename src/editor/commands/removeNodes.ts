import { removeFromDraft } from '../removeFromDraft';
import { countNodes } from '../nodeName';
import type { Command } from './types';

/** Removes nodes, the edges touching them and their layout entries. */
export const removeNodes: Command<{ ids: readonly string[] }> = {
  id: 'removeNodes',
  label: 'Delete nodes',
  perform(draft, args) {
    if (removeFromDraft(draft, args.ids).nodes === 0) return false;
  },
  describe: (args, flow) => `Delete ${countNodes(flow, args.ids)}`,
};
