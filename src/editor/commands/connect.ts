import { canConnect, type Connection } from '../canConnect';
import { createId } from '../createId';
import { describeConnection } from '../describeConnection';
import type { Command } from './types';

/** Connects a node's output port to another node's input; refuses what canConnect refuses. */
export const connect: Command<Connection & { id?: string }> = {
  id: 'connect',
  label: 'Connect',
  perform(draft, args, ctx) {
    const allowed = canConnect(ctx.flow, args);
    if (!allowed.ok) return ctx.refuse(allowed.reason);
    const id = createId('e', new Set(ctx.flow.edges.map((e) => e.id)), args.id);
    draft.edges.push({ id, source: args.source, sourcePort: args.sourcePort, target: args.target });
    ctx.select({ nodeIds: [], edgeIds: [id] });
  },
  describe: (args, flow) => `Connect ${describeConnection(flow, args)}`,
};
