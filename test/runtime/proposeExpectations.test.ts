import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations, proposeExpectations, runScript, runTestCase, type Effect, type SceneInput } from '../../src/runtime';
import { describeExpectationDiff } from '../../src/runtime/describeDiffRow';
import { effectFacts } from '../../src/runtime/effectFacts';
import { kindOf, parseMatchValue } from '../../src/runtime/expectationFields';
import { parseFlow, testCaseSchema, type Flow, type InputEvent, type TestCase } from '../../src/schema';

function example(name: string): Flow {
  const parsed = parseFlow(readFileSync(`examples/${name}.baton.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.flow;
}

function logOf(flow: Flow, scene: SceneInput, events: InputEvent[]): Effect[] {
  const run = runScript(flow, scene, events);
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
  return run.log;
}

/** "Save as test case" on a run: the session's scene and inputs with the proposed expectations. */
function saveCase(flow: Flow, scene: SceneInput, events: InputEvent[]): TestCase {
  return testCaseSchema.parse({ id: 'saved', name: 'saved', scene, events, expect: proposeExpectations(logOf(flow, scene, events)) });
}

const withVoice = (flow: Flow, id: string, change: Record<string, unknown>): Flow => ({
  ...flow,
  nodes: flow.nodes.map((n) =>
    n.id === id && n.type === 'handover' ? { ...n, data: { ...n.data, destination: { ...n.data.destination, ...change } } } : n,
  ) as Flow['nodes'],
});

const voice = example('voice-zendesk');
const phoneScene = { channel: 'phone_voice', variables: { customer_id: '12345' }, transferOutcome: 'answered' } as const;
const human: InputEvent[] = [{ type: 'user_message', text: 'I want to talk to a human' }];

describe('proposeExpectations', () => {
  it('pins a voice transfer by the address dialled and every SIP header Twilio sends', () => {
    const saved = saveCase(voice, phoneScene, human);
    expect(saved.expect.find((e) => e.effect === 'handover')?.match).toEqual({
      destination: 'voice',
      to: 'sip:agent@example.com',
      'sip.X-Customer-Id': '12345',
      'sip.User-to-User': 'priority=high;origin=ai-agent',
      // The agent context travels as X-Baton-* headers; the warm transfer's <Sip url> still reads as `to`.
      'sip.X-Baton-Summary': 'Asks about a double charge on the last bill',
      'sip.X-Baton-Note': 'Asked for a person; the bot could not help',
      'sip.X-Baton-Transcript-Messages': '5',
      'sip.X-Baton-Var-Customer-Id': '12345',
    });
    expect(runTestCase(voice, saved).pass).toBe(true);
  });

  it('a saved voice case fails when the SIP address changes, with a diff naming the new address', () => {
    const saved = saveCase(voice, phoneScene, human);
    const result = runTestCase(withVoice(voice, 'sip_handover', { to: 'sip:desk@example.com' }), saved);
    expect(result.pass).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0].message).toMatch(/^Expected handover destination="voice" to="sip:agent@example\.com" .*where to="sip:desk@example\.com"\)\.$/);
    const lines = describeExpectationDiff(result.log, saved.expect);
    const missing = lines.find((l) => l.kind === 'missing');
    expect(missing?.text).toContain('to="sip:agent@example.com"');
    // The actual handover sits right after the missing one, its new address readable.
    expect(lines[lines.indexOf(missing!) + 1]).toMatchObject({ kind: 'extra', mark: ' ', at: 1500 });
    expect(lines[lines.indexOf(missing!) + 1].text).toContain('to="sip:desk@example.com"');
  });

  it('fails when a kept SIP header is lost or its value changes, and passes when only the ring time changes', () => {
    const saved = saveCase(voice, phoneScene, human);
    const lost = withVoice(voice, 'sip_handover', { attributes: [{ name: 'X-Customer-Id', value: '{{customer_id}}' }] });
    expect(runTestCase(lost, saved).failures[0].message).toMatch(/where sip\.User-to-User=missing/);
    expect(runTestCase(voice, { ...saved, scene: { ...saved.scene, variables: { customer_id: '999' } } }).failures[0].message).toMatch(
      /where sip\.X-Customer-Id="999"/,
    );
    expect(runTestCase(withVoice(voice, 'sip_handover', { timeoutSeconds: 45 }), saved).pass).toBe(true);
  });

  it('pins a phone-number transfer by its number', () => {
    const busy = saveCase(voice, { ...phoneScene, transferOutcome: 'busy' }, human);
    const handovers = busy.expect.filter((e) => e.effect === 'handover');
    expect(handovers.map((e) => e.match.to)).toEqual(['sip:agent@example.com', '+12025550143']);
  });

  it('pins the Live chat assignee, the tag, the task and its due time', () => {
    const chat = example('chat-handover');
    const saved = saveCase(chat, { channel: 'web_chat', agentsAvailable: true, withinHours: true }, [
      { type: 'user_message', text: 'I want to talk to a human' },
      { type: 'agent_accept' },
    ]);
    const find = (type: string) => saved.expect.find((e) => e.effect === type)?.match;
    expect(find('handover')).toEqual({ destination: 'live_chat', assignee: 'dana' });
    expect(find('tag_added')).toEqual({ tag: 'human_handover' });
    expect(find('task_created')).toEqual({ title: 'Follow up on handover', assigneeId: 'dana', dueAt: 24 * 3_600_000 });
    expect(runTestCase(chat, saved).pass).toBe(true);
  });

  it('pins the Zendesk department by id', () => {
    const facts = effectFacts({
      seq: 3,
      at: 0,
      type: 'handover',
      destination: 'zendesk',
      request: { provider: 'zendesk', api: 'Chat Conversations API', operation: 'transferToDepartment', query: 'q', variables: { channel_id: 'c', department_id: '360001234' } },
    });
    expect(facts).toMatchObject({ destination: 'zendesk', department: '360001234' });
    expect(facts).not.toHaveProperty('request');
  });
});

describe('checkExpectations', () => {
  const log = logOf(voice, phoneScene, human);

  it('reads readable facts first and raw dot paths still', () => {
    expect(checkExpectations(log, [{ effect: 'handover', match: { to: 'sip:agent@example.com', 'request.target': 'sip' }, absent: false }])).toEqual([]);
    expect(checkExpectations(log, [{ effect: 'handover', match: { 'request.body.Twiml': 'nope' }, absent: false }])).toHaveLength(1);
  });

  it('names the effect that comes closest, not just the first of its type', () => {
    const [failure] = checkExpectations(log, [{ effect: 'handover', match: { to: 'sip:agent@example.com', 'sip.X-Customer-Id': '1' }, absent: false }]);
    expect(failure.message).toContain('where sip.X-Customer-Id="12345")');
    expect(failure.message.split('nearest')[1]).not.toContain('to=');
  });
});

describe('matcher values from the form', () => {
  it('types a value by its field: numbers, true/false, empty as none, SIP headers as text', () => {
    expect(parseMatchValue(kindOf('pause', 'seconds'), '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseMatchValue(kindOf('pause', 'seconds'), 'soon')).toEqual({ ok: false, message: '“soon” is not a number.' });
    expect(parseMatchValue(kindOf('handover', 'assignee'), '')).toEqual({ ok: true, value: null });
    expect(parseMatchValue(kindOf('handover', 'sip.X-Customer-Id'), '12345')).toEqual({ ok: true, value: '12345' });
    expect(parseMatchValue(kindOf('handover_outcome', 'connected'), 'yes')).toEqual({ ok: false, message: 'Choose true or false.' });
    expect(kindOf('bot_says', 'custom.path', 3)).toBe('number');
  });
});
