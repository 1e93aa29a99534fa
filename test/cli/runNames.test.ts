import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { runTests } from '../../src/runtime';
import { parseFlow } from '../../src/schema';
import { createFakeIo } from './fakeIo';

const flow = readFileSync('examples/voice-zendesk.baton.json', 'utf8');
const script = JSON.stringify({ scene: { channel: 'phone_voice', transferOutcome: 'answered' }, events: [{ type: 'user_message', text: 'I want to talk to a human' }] });

describe('baton run names nodes as the editor does', () => {
  it('prints each effect with its node\'s name: the title, or what an untitled node does, never its id', async () => {
    const io = createFakeIo({ 'flow.json': flow, 'script.json': script });
    expect(await main(['run', 'flow.json', '--script', 'script.json'], io)).toBe(0);
    // sip_pause and connect_message have no title in the example.
    expect(io.out).toMatch(/ pause {2}\(Pause 1\.5 s\) {2}seconds=1\.5/);
    expect(io.out).toContain('bot_says  (Message "Connecting you to an agent")');
    expect(io.out).toMatch(/ handover {2}\(Transfer to SIP desk\)/);
    expect(io.out).not.toMatch(/\((sip_pause|connect_message|sip_handover)\)/);
  });

  it('a test case of a flow with one error says why it cannot run, in words that agree and without ids', () => {
    const broken = JSON.parse(flow);
    broken.nodes.find((n: { id: string }) => n.id === 'zendesk_handover').data.destination.to = '+0123';
    delete broken.nodes.find((n: { id: string }) => n.id === 'zendesk_handover').title;
    const parsed = parseFlow(broken);
    if (!parsed.ok) throw new Error('the example no longer parses');
    const failure = runTests(parsed.flow)[0].failures[0].message;
    expect(failure).toMatch(/^The flow has 1 error and cannot run: Voice transfer to \+0123: .* \(\/nodes\/\d+\/data\/destination\/to\)$/);
    expect(failure).not.toContain('zendesk_handover');
  });
});
