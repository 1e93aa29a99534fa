import { removeFromDraft } from '../removeFromDraft';
import type { Command } from './types';

/** Removes connections by id. */
export const removeEdges: Command<{ ids: readonly string[] }> = {
  id: 'removeEdges',
  label: 'Delete connections',
  perform(draft, args) {
    if (removeFromDraft(draft, [], args.ids).edges === 0) return false;
  },
  describe: (args) => (args.ids.length === 1 ? 'Delete connection' : `Delete ${args.ids.length} connections`),
};
