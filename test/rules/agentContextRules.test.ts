import { describe, expect, it } from 'vitest';
import { contextEntries, measureAgentContext, sampleValues } from '../../src/rules/context/measureAgentContext';
import { validateFlow } from '../../src/rules/validateFlow';
import { DEFAULT_AGENT_CONTEXT, type Flow } from '../../src/schema';
import { chatFlow, tweak, voiceFlow } from './helpers';
import { contextCases, withContext } from './contextCases';
import { runRuleCases } from './runRuleCases';

const phi = (flow: Flow) => validateFlow(flow).filter((d) => d.code === 'content.phi').map((d) => d.path);

describe('agent context', () => {
  it('a SIP voice handover with a warm transfer, a summary and a wired Rejected port has no findings', () => {
    expect(validateFlow(withContext(voiceFlow(), { warmTransfer: true, sampleSummary: 'Wants a refund' }))).toEqual([]);
  });

  it('counts the context with the attributes against one 1,024-character SIP budget', () => {
    const destination = voiceFlow({ attributes: [{ name: 'X-Customer-Id', value: '12345' }] }).nodes[4].data as { destination: never };
    const context = { ...DEFAULT_AGENT_CONTEXT, sampleSummary: 'a b', transcriptMessages: 0, includeTags: false };
    const m = measureAgentContext(destination.destination, contextEntries(context, sampleValues(context, [])));
    // X-Customer-Id 12345 (13 + 5) + X-Baton-Summary a%20b (15 + 5)
    expect(m).toMatchObject({ carrier: 'sip_headers', size: 38, limit: 1024 });
  });

  it('the PHI check reads the context, SIP header values and Messenger metadata', () => {
    const ssn = '123-45-6789';
    expect(phi(withContext(chatFlow(), { note: `SSN ${ssn}`, sampleSummary: 'DOB 01/02/1960' }))).toEqual(['/nodes/3/data/context/sampleSummary', '/nodes/3/data/context/note']);
    expect(phi(voiceFlow({ attributes: [{ name: 'X-Patient', value: `MRN 99812` }] }))).toEqual(['/nodes/4/data/destination/attributes/0/value']);
    const messenger = tweak(chatFlow(), (f) => {
      const h = f.nodes[3];
      if (h.type === 'handover') h.data.destination = { ...(h.data.destination as object), kind: 'messenger', metadata: `patient ssn ${ssn}` } as never;
      f.edges = f.edges.filter((e) => e.sourcePort !== 'no_agents');
    });
    expect(phi(messenger)).toEqual(['/nodes/3/data/destination/metadata']);
  });

  it('Messenger: the Handover Protocol carries the context as metadata; Conversation Routing has no place for it, and says which does', () => {
    const messenger = (protocol: string) =>
      withContext(chatFlow(), { sampleSummary: 'Wants a refund' }, (f) => {
        const h = f.nodes[3];
        if (h.type === 'handover') h.data.destination = { kind: 'messenger', metadata: '', protocol, target: 'page_inbox', targetAppId: '', passMessage: 'Passing you to the team', webhooks: null } as never;
        f.edges = f.edges.filter((e) => e.sourcePort !== 'no_agents' && e.sourcePort !== 'timeout');
      });
    const notCarried = (flow: Flow) => validateFlow(flow).filter((d) => d.code === 'context.not_carried');
    expect(notCarried(messenger('handover_protocol'))).toEqual([]);
    const [found, ...more] = notCarried(messenger('conversation_routing'));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: 'warning', nodeId: 'h', path: '/nodes/3/data/context' });
    expect(found.message).toMatch(/Conversation Routing's Send API thread_control carries only the app id.*pass_thread_control/);
  });

  runRuleCases(contextCases);
});
