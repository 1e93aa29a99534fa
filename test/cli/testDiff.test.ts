import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { proposeExpectations, runScript, runTestCase } from '../../src/runtime';
import { describeExpectationDiff } from '../../src/runtime/describeDiffRow';
import { parseFlow, type Flow } from '../../src/schema';
import { createFakeIo } from './fakeIo';

const parsed = parseFlow(readFileSync('examples/voice-zendesk.baton.json', 'utf8'));
if (!parsed.ok) throw new Error('voice example invalid');
const voice = parsed.flow;
const scene = { channel: 'phone_voice', variables: { customer_id: '12345' }, transferOutcome: 'answered' } as const;
const events = [{ type: 'user_message', text: 'I want to talk to a human' }] as const;

/** The voice template with one case saved from its own run ("Save as test case"), then `to` changed. */
function savedThenChanged(to: string): Flow {
  const run = runScript(voice, scene, events);
  if (!run.ok) throw new Error('voice example invalid');
  const saved = { id: 'saved', name: 'Phone call to the SIP desk', scene, events, expect: proposeExpectations(run.log) };
  const nodes = voice.nodes.map((n) => (n.id === 'sip_handover' && n.type === 'handover' ? { ...n, data: { ...n.data, destination: { ...n.data.destination, to } } } : n));
  return { ...voice, nodes, tests: [{ ...saved, scene: { ...voice.tests[0].scene, ...scene }, events: [...events] }] } as Flow;
}

describe('baton test prints the expectation diff', () => {
  it('passes the saved case on the unchanged flow', async () => {
    const io = createFakeIo({ 'flow.json': JSON.stringify(savedThenChanged('sip:agent@example.com')) });
    expect(await main(['test', 'flow.json'], io)).toBe(0);
    expect(io.out).not.toContain('Expected vs actual');
  });

  it('fails the saved case when the SIP address changes, with the Tests tab diff lines', async () => {
    const flow = savedThenChanged('sip:desk@example.com');
    const io = createFakeIo({ 'flow.json': JSON.stringify(flow) });
    expect(await main(['test', 'flow.json'], io)).toBe(1);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toBe('FAIL  Phone call to the SIP desk (saved)');
    expect(lines[1]).toMatch(/^ {6}expect\[6\]: Expected handover destination="voice" to="sip:agent@example\.com" .*where to="sip:desk@example\.com"\)\.$/);
    expect(lines[2]).toBe('      Expected vs actual effects (= met, − expected but missing, ! forbidden but present):');
    const missing = lines.findIndex((l) => l.startsWith('        − handover'));
    expect(lines[missing]).toContain('to="sip:agent@example.com" sip.X-Customer-Id="12345"');
    expect(lines[missing + 1]).toMatch(/^ {10}handover destination="voice" to="sip:desk@example\.com" .* \(1\.500s\)$/);
    expect(lines).toContain('        = pause seconds=1.5  (0.000s)');
    expect(lines.at(-1)).toBe('0 passed, 1 failed');

    // The same lines the Tests tab shows, one for one.
    const result = runTestCase(flow, flow.tests[0]);
    const shared = describeExpectationDiff(result.log, flow.tests[0].expect).map((l) => `        ${l.mark} ${l.text}`);
    expect(lines.slice(3, -1).map((l) => l.replace(/ {2}\(\d+\.\d{3}s\)$/, ''))).toEqual(shared);
  });
});
