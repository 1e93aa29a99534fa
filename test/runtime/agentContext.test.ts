import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/runtime';
import { buildTwiml } from '../../src/runtime/providers/buildTwiml';
import { makeFlow, mustRun } from './flowFixture';

const CONTEXT = { summaryVariable: 'summary', sampleSummary: 'Wants a refund for order 42', transcriptMessages: 5, variables: ['customer_id'], note: 'VIP since {{since}}' };

function run(destination: Record<string, unknown>, context: Record<string, unknown>, ports: string[], scene: Record<string, unknown> = {}) {
  const flow = makeFlow({
    channels: destination.kind === 'voice' ? ['phone_voice'] : undefined,
    nodes: [
      ['gap', 'trigger_knowledge_gap'],
      ['tag', 'add_tag', { tag: 'billing' }],
      ['h', 'handover', { destination, context }],
      ...ports.map((p) => [`on_${p}`, 'end', {}] as [string, 'end', Record<string, never>]),
    ],
    edges: [['gap', 'next', 'tag'], ['tag', 'next', 'h'], ...ports.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
  });
  const rt = mustRun(flow);
  rt.start({ variables: { customer_id: 'C-7', since: '2019' }, ...scene });
  rt.dispatch({ type: 'ai_no_answer' });
  return rt;
}

const find = <T extends Effect['type']>(log: readonly Effect[], type: T) => log.find((e): e is Extract<Effect, { type: T }> => e.type === type);

describe('what the agent receives', () => {
  it('live chat: the context effect with the sample summary, note, tags, transcript length and variables', () => {
    const rt = run({ kind: 'live_chat' }, CONTEXT, ['transferred']);
    const ctx = find(rt.log, 'agent_context');
    expect(ctx).toMatchObject({ carrier: 'live_chat', limit: null, nodeId: 'h' });
    expect(ctx?.entries).toEqual([
      { key: 'summary', value: 'Wants a refund for order 42' },
      { key: 'note', value: 'VIP since 2019' },
      { key: 'tags', value: 'billing' },
      { key: 'transcript_messages', value: '5' },
      { key: 'var_customer_id', value: 'C-7' },
    ]);
    // Emitted before the handover request, so the log reads in the order it happens.
    expect(rt.log.findIndex((e) => e.type === 'agent_context')).toBeLessThan(rt.log.findIndex((e) => e.type === 'handover'));
  });

  it('the bot’s own summary variable wins over the sample text', () => {
    const rt = run({ kind: 'live_chat' }, CONTEXT, ['transferred'], { variables: { summary: 'Asked twice about a late parcel' } });
    expect(find(rt.log, 'agent_context')?.entries[0]).toEqual({ key: 'summary', value: 'Asked twice about a late parcel' });
  });

  it('Zendesk switchboard: the entries join passControl metadata, measured in bytes against 4 KB', () => {
    const rt = run({ kind: 'zendesk', mode: 'messaging_switchboard', switchboardMetadata: [{ key: 'brand', value: 'acme' }] }, CONTEXT, ['transferred']);
    const ctx = find(rt.log, 'agent_context');
    expect(ctx).toMatchObject({ carrier: 'zendesk_metadata', limit: 4096 });
    const request = find(rt.log, 'handover')?.request as unknown as { body: { metadata: Record<string, string> } };
    expect(request.body.metadata).toMatchObject({ brand: 'acme', summary: 'Wants a refund for order 42', var_customer_id: 'C-7' });
    expect(ctx?.size).toBe(new TextEncoder().encode(JSON.stringify(request.body.metadata)).length);
  });

  it('Messenger: the metadata string is the context as JSON, measured against 1,000 characters', () => {
    const rt = run({ kind: 'messenger', metadata: 'from the bot' }, CONTEXT, ['transferred'], { channel: 'messenger' });
    const ctx = find(rt.log, 'agent_context');
    const request = find(rt.log, 'handover')?.request as unknown as { body: { metadata: string } };
    expect(JSON.parse(request.body.metadata)).toMatchObject({ metadata: 'from the bot', summary: 'Wants a refund for order 42' });
    expect(ctx).toMatchObject({ carrier: 'messenger_metadata', limit: 1000, size: request.body.metadata.length });
  });

  it('Messenger by Conversation Routing: the Send API pass takes no metadata, so the context says nothing carries it', () => {
    const rt = run({ kind: 'messenger', protocol: 'conversation_routing', passMessage: 'Passing you to the team' }, CONTEXT, ['transferred'], { channel: 'messenger' });
    expect(find(rt.log, 'agent_context')).toMatchObject({ carrier: 'none', size: 0, limit: null });
    const request = find(rt.log, 'handover')?.request as unknown as { body: Record<string, unknown> };
    expect(request.body).toHaveProperty('thread_control');
    expect(request.body).not.toHaveProperty('metadata');
  });

  it('voice to a SIP URI: X-Baton-* headers on the <Sip> URI; a warm transfer whispers first and a decline takes Rejected', () => {
    const rt = run({ kind: 'voice', to: 'sip:agent@example.com', attributes: [{ name: 'X-Customer-Id', value: '{{customer_id}}' }] }, { ...CONTEXT, warmTransfer: true }, ['transferred', 'rejected', 'busy', 'no_answer'], { channel: 'phone_voice' });
    const ctx = find(rt.log, 'agent_context');
    expect(ctx).toMatchObject({ carrier: 'sip_headers', limit: 1024 });
    expect(ctx?.whisper).toContain('<Say>Wants a refund for order 42</Say><Say>VIP since 2019</Say>');
    expect(ctx?.whisper).toContain('<Gather numDigits="1"');
    const twiml = (find(rt.log, 'handover')?.request as unknown as { body: { Twiml: string } }).body.Twiml;
    expect(twiml).toContain('<Sip url="{{whisper_url}}">sip:agent@example.com?X-Customer-Id=C-7&amp;X-Baton-Summary=Wants%20a%20refund%20for%20order%2042');
    expect(twiml).toContain('X-Baton-Var-Customer-Id=C-7');
    const declined = rt.dispatch({ type: 'transfer_outcome', outcome: 'rejected' });
    expect(declined.find((e) => e.type === 'handover_outcome')).toMatchObject({ port: 'rejected', connected: true });
  });

  it('voice to a number: a warm transfer puts the whisper on <Number url>; no headers travel', () => {
    const built = buildTwiml({ kind: 'voice', to: '+12025551234', attributes: [], timeoutSeconds: 30 } as never, '{{whisper_url}}');
    expect(built).toMatchObject({ ok: true, twiml: '<Response><Dial timeout="30"><Number url="{{whisper_url}}">+12025551234</Number></Dial></Response>' });
    const rt = run({ kind: 'voice', to: '+12025551234' }, { ...CONTEXT, warmTransfer: true }, ['transferred', 'rejected', 'busy', 'no_answer'], { channel: 'phone_voice' });
    expect(find(rt.log, 'agent_context')).toMatchObject({ carrier: 'none', size: 0 });
  });

  it('no context: nothing new in the log (old flows unchanged)', () => {
    const rt = run({ kind: 'live_chat' }, undefined as never, ['transferred']);
    expect(find(rt.log, 'agent_context')).toBeUndefined();
  });
});
