import { DESTINATION_LABELS, handoverDestinationSchema, type DestinationKind, type FlowNode } from '../../schema';
import { dropOrphanEdges } from '../dropOrphanEdges';
import { NEW_DESTINATION_DEFAULTS } from '../destinationDefaults';
import type { Command } from './types';

/**
 * Switches a Handover between live chat, Zendesk, Messenger inbox and voice transfer. The new
 * destination starts from its defaults for a new one (NEW_DESTINATION_DEFAULTS: Messenger uses
 * Conversation Routing) and keeps the queue timeout where both have one. Outcome
 * ports follow the destination, so edges from ports the new kind lacks are dropped and the
 * notice says which.
 */
export const setDestinationKind: Command<{ id: string; kind: DestinationKind }> = {
  id: 'setDestinationKind',
  label: 'Change destination',
  perform(draft, args, ctx) {
    const index = ctx.flow.nodes.findIndex((n) => n.id === args.id);
    const before = ctx.flow.nodes[index];
    if (!before || before.type !== 'handover') return ctx.refuse(`"${args.id}" is not a Handover`);
    if (!Object.prototype.hasOwnProperty.call(DESTINATION_LABELS, args.kind)) return ctx.refuse(`Unknown destination "${args.kind}"`);
    const old = before.data.destination;
    if (old.kind === args.kind) return false;
    const carried = 'queueTimeoutMinutes' in old ? { queueTimeoutMinutes: old.queueTimeoutMinutes } : {};
    const destination = handoverDestinationSchema.parse({ ...NEW_DESTINATION_DEFAULTS[args.kind], ...carried, kind: args.kind });
    const node = draft.nodes[index];
    if (node.type === 'handover') node.data.destination = destination;
    const after = { ...before, data: { ...before.data, destination } } as FlowNode;
    const dropped = dropOrphanEdges(draft, before, after);
    if (dropped) ctx.say(dropped);
  },
  describe: (args) => `Change destination to ${DESTINATION_LABELS[args.kind] ?? args.kind}`,
};
