import type { Flow } from '../schema';
import type { Selection } from './selection';

/**
 * Select all: view state only, never an undo step, so it is not a document command. The UI
 * binds `keys` and calls `store.setSelection(selectAll.select(flow))`.
 */
export const selectAll = {
  id: 'selectAll',
  label: 'Select all',
  keys: ['Mod+A'] as readonly string[],
  select(flow: Flow): Selection {
    return { nodeIds: flow.nodes.map((n) => n.id), edgeIds: flow.edges.map((e) => e.id) };
  },
};
