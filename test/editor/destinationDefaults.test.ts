import { describe, expect, it } from 'vitest';
import { setDestinationKind } from '../../src/editor/commands/setDestinationKind';
import { NEW_PASS_MESSAGE } from '../../src/editor/destinationDefaults';
import { parseFlow } from '../../src/schema';
import { buildMessengerHandover } from '../../src/runtime/providers/buildMessengerHandover';
import { validateFlow } from '../../src/rules';
import { buildStore } from './buildFlow';

describe('new Messenger destinations default to Conversation Routing', () => {
  it('"Hand over to" Messenger gives Conversation Routing with a pass message, and no routing error', () => {
    const store = buildStore();
    expect(store.run(setDestinationKind, { id: 'handover', kind: 'messenger' })).toBe(true);
    const node = store.getState().flow.nodes.find((n) => n.id === 'handover')!;
    if (node.type !== 'handover' || node.data.destination.kind !== 'messenger') throw new Error('not a Messenger handover');
    expect(node.data.destination).toMatchObject({ protocol: 'conversation_routing', target: 'page_inbox', passMessage: NEW_PASS_MESSAGE });
    const request = buildMessengerHandover(node.data.destination, 'psid-1', {});
    expect(JSON.stringify(request)).toContain('thread_control');
    const codes = validateFlow(store.getState().flow).filter((d) => d.nodeId === 'handover').map((d) => d.code);
    expect(codes).not.toContain('messenger.routing.no_pass_message');
    expect(codes).not.toContain('messenger.protocol.handover_protocol');
  });

  it('a Messenger destination saved without a protocol is still read as the Handover Protocol', () => {
    const store = buildStore();
    const flow = structuredClone(store.getState().flow) as { nodes: { id: string; data: unknown }[] };
    const handover = flow.nodes.find((n) => n.id === 'handover')!;
    handover.data = { destination: { kind: 'messenger', metadata: 'vip' } };
    const parsed = parseFlow(JSON.stringify(flow));
    if (!parsed.ok) throw new Error(parsed.issues.map((e) => e.message).join('; '));
    const read = parsed.flow.nodes.find((n) => n.id === 'handover')!;
    expect(read.type === 'handover' && read.data.destination).toMatchObject({ kind: 'messenger', protocol: 'handover_protocol', metadata: 'vip' });
  });
});
