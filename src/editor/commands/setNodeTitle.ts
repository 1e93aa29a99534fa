import { nodeName } from '../nodeName';
import type { Command } from './types';

const MAX_TITLE = 120;

/** Sets the display name shown on the canvas; an empty title falls back to the kind's label. */
export const setNodeTitle: Command<{ id: string; title: string }> = {
  id: 'setNodeTitle',
  label: 'Rename node',
  perform(draft, args, ctx) {
    const node = draft.nodes.find((n) => n.id === args.id);
    if (!node) return ctx.refuse(`There is no node "${args.id}"`);
    const title = args.title.trim();
    if (title.length > MAX_TITLE) return ctx.refuse(`A node title is at most ${MAX_TITLE} characters (this one has ${title.length})`);
    if ((node.title ?? '') === title) return false;
    if (title) node.title = title;
    else delete node.title;
  },
  describe: (args, flow) => `Rename ${nodeName(flow.nodes.find((n) => n.id === args.id), flow)}`,
};
