import type { Command } from './types';

const MAX_NAME = 200;
const MAX_DESCRIPTION = 2000;

/** Renames the flow (and optionally sets its description). */
export const renameFlow: Command<{ name: string; description?: string }> = {
  id: 'renameFlow',
  label: 'Rename flow',
  perform(draft, args, ctx) {
    const name = args.name.trim();
    if (!name) return ctx.refuse('A flow needs a name');
    if (name.length > MAX_NAME) return ctx.refuse(`A flow name is at most ${MAX_NAME} characters`);
    if (args.description !== undefined && args.description.length > MAX_DESCRIPTION) {
      return ctx.refuse(`A flow description is at most ${MAX_DESCRIPTION} characters`);
    }
    if (draft.name !== name) draft.name = name;
    if (args.description !== undefined && draft.description !== args.description) draft.description = args.description;
  },
  describe: (args) => (args.name.trim() ? `Rename flow to "${args.name.trim()}"` : 'Rename flow'),
};
