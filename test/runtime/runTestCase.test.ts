import { describe, expect, it } from 'vitest';
import { testCaseSchema, type TestCase } from '../../src/schema';
import { proposeExpectations, runScript, runTestCase, runTests } from '../../src/runtime';
import { makeFlow } from './flowFixture';

const flow = makeFlow({
  channels: ['phone_voice'],
  staff: [{ id: 'dana' }],
  nodes: [
    ['human', 'trigger_human_requested'],
    ['say', 'message', { text: 'Connecting you now' }],
    ['p', 'pause', { seconds: 2 }],
    ['h', 'handover', { destination: { kind: 'voice', to: '+12025551234' } }],
    ['tag', 'add_tag'],
    ['busy', 'message', { text: 'The line is busy' }],
  ],
  edges: [
    ['human', 'next', 'say'],
    ['say', 'next', 'p'],
    ['p', 'next', 'h'],
    ['h', 'transferred', 'tag'],
    ['h', 'busy', 'busy'],
  ],
});

const testCase = (input: Record<string, unknown>): TestCase =>
  testCaseSchema.parse({ id: 't', name: 'case', scene: { channel: 'phone_voice' }, events: [{ type: 'user_message', text: 'connect me to a person' }], ...input });

describe('runTestCase', () => {
  it('passes when expectations appear in order, by dot path, with `at` pinning time', () => {
    const result = runTestCase(
      flow,
      testCase({
        expect: [
          { effect: 'trigger_fired', match: { scenario: 'human_requested' } },
          { effect: 'bot_says', match: { text: 'Connecting you now' }, at: 0 },
          { effect: 'handover', match: { 'request.target': 'number' }, at: 2000 },
          { effect: 'handover_outcome', match: { port: 'transferred' } },
          { effect: 'call_dropped', absent: true },
        ],
      }),
    );
    expect(result.failures).toEqual([]);
    expect(result.pass).toBe(true);
  });

  it('feeds scene.transferOutcome to the ringing transfer when the script has none', () => {
    const result = runTestCase(flow, testCase({ scene: { channel: 'phone_voice', transferOutcome: 'busy' }, expect: [{ effect: 'bot_says', match: { text: 'The line is busy' } }] }));
    expect(result.pass).toBe(true);
    const explicit = runScript(flow, { channel: 'phone_voice', transferOutcome: 'busy' }, [
      { type: 'user_message', text: 'connect me to a person' },
      { type: 'transfer_outcome', outcome: 'answered' },
    ]);
    expect(explicit.ok && explicit.log.filter((e) => e.type === 'handover_outcome')).toMatchObject([{ port: 'transferred' }]);
  });

  it('fails out of order, on a wrong value, on a wrong time and on an absent effect that occurs — saying which', () => {
    const result = runTestCase(
      flow,
      testCase({
        expect: [
          { effect: 'handover', match: {} },
          { effect: 'bot_says', match: { text: 'Connecting you now' } },
          { effect: 'tag_added', match: { tag: 'vip' } },
          { effect: 'pause', at: 5 },
          { effect: 'handover_outcome', match: { port: 'transferred' }, absent: true },
        ],
      }),
    );
    expect(result.pass).toBe(false);
    expect(result.failures.map((f) => f.index)).toEqual([1, 2, 3, 4]);
    expect(result.failures[0].message).toMatch(/Expected bot_says text="Connecting you now" after effect #\d+ .*earlier, out of order/);
    expect(result.failures[1].message).toMatch(/tag="human_handover"/);
    expect(result.failures[3].message).toMatch(/Expected no handover_outcome port="transferred"/);
  });

  it('array fields match when they contain the value', () => {
    const sip = makeFlow({
      channels: ['phone_voice'],
      nodes: [
        ['gap', 'trigger_knowledge_gap'],
        ['h', 'handover', { destination: { kind: 'voice', to: 'sip:a@example.com', attributes: [{ name: 'Subject', value: 'x' }] } }],
      ],
      edges: [['gap', 'next', 'h']],
    });
    const run = (headers: string) =>
      runTestCase(sip, testCase({ events: [{ type: 'ai_no_answer' }], expect: [{ effect: 'headers_dropped', match: { headers } }] })).pass;
    expect(run('Subject')).toBe(true);
    expect(run('X-Other')).toBe(false);
  });

  it('fails every case of a flow with errors, naming the first', () => {
    const broken = makeFlow({ nodes: [['gap', 'trigger_knowledge_gap', { enabled: false }]] });
    const result = runTestCase(broken, testCase({}));
    expect(result.pass).toBe(false);
    expect(result.failures[0].message).toMatch(/cannot run/);
  });

  it('an unexpected runtime_error fails the case', () => {
    // A loop the validator accepts (deployed for phone calls, where Rejected comes from the dial)
    // that spins on a browser call, which the transfer rejects at once.
    const loop = makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], ['h', 'handover', { destination: { kind: 'voice', to: '+14155550100' } }], ['t', 'add_tag']],
      edges: [
        ['gap', 'next', 'h'],
        ['h', 'rejected', 't'],
        ['t', 'next', 'h'],
      ],
      channels: ['phone_voice'],
    });
    const result = runTestCase(loop, testCase({ scene: { channel: 'web_voice' }, events: [{ type: 'ai_no_answer' }], expect: [] }));
    expect(result.pass).toBe(false);
    expect(result.failures[0].message).toMatch(/runtime error/);
  });

  it('runTests runs the cases stored in the flow', () => {
    const withTests = { ...flow, tests: [testCase({ id: 'a', expect: [{ effect: 'handover' }] }), testCase({ id: 'b', expect: [{ effect: 'call_dropped' }] })] };
    expect(runTests(withTests).map((r) => [r.id, r.pass])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});

describe('proposeExpectations', () => {
  it('proposes expectations the same run passes and a changed flow fails', () => {
    const run = runScript(flow, { channel: 'phone_voice' }, [{ type: 'user_message', text: 'Connect me to a person' }]);
    if (!run.ok) throw new Error('flow invalid');
    const expectations = proposeExpectations(run.log);
    expect(expectations.map((e) => e.effect)).toEqual(['trigger_fired', 'bot_says', 'pause', 'handover', 'ownership_changed', 'ownership_changed', 'handover_outcome', 'tag_added']);
    expect(expectations[1]).toEqual({ effect: 'bot_says', match: { text: 'Connecting you now' }, absent: false });
    const saved = testCaseSchema.parse({ id: 's', name: 'saved', scene: { channel: 'phone_voice' }, events: [{ type: 'user_message', text: 'Connect me to a person' }], expect: expectations });
    expect(runTestCase(flow, saved).pass).toBe(true);
    const changed = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'say' && n.type === 'message' ? { ...n, data: { text: 'Please hold' } } : n)) };
    expect(runTestCase(changed, saved).pass).toBe(false);
  });
});
