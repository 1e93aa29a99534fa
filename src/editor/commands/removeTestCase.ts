import type { Command } from './types';

/** Removes a test case from flow.tests by id (one undo step). */
export const removeTestCase: Command<{ id: string }> = {
  id: 'removeTestCase',
  label: 'Remove test case',
  perform(draft, args) {
    const index = draft.tests.findIndex((t) => t.id === args.id);
    if (index < 0) return false;
    draft.tests.splice(index, 1);
  },
  describe: (args, flow) => {
    const name = flow.tests.find((t) => t.id === args.id)?.name;
    return name ? `Remove test case "${name}"` : 'Remove test case';
  },
};
