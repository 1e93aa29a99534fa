import { describeConnection } from '../describeConnection';
import type { Command } from './types';

export type DisconnectArgs = { edgeId: string } | { source: string; sourcePort: string };

/** Removes one connection, by edge id or by the output port it leaves from. */
export const disconnect: Command<DisconnectArgs> = {
  id: 'disconnect',
  label: 'Disconnect',
  perform(draft, args) {
    const index = draft.edges.findIndex((e) =>
      'edgeId' in args ? e.id === args.edgeId : e.source === args.source && e.sourcePort === args.sourcePort,
    );
    if (index < 0) return false;
    draft.edges.splice(index, 1);
  },
  describe(args, flow) {
    const edge = flow.edges.find((e) => ('edgeId' in args ? e.id === args.edgeId : e.source === args.source && e.sourcePort === args.sourcePort));
    return edge ? `Disconnect ${describeConnection(flow, edge)}` : 'Disconnect';
  },
};
