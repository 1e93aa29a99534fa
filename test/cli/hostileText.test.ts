import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createFakeIo } from './fakeIo';

// Text from a flow file reaches the terminal through validate, run and test. Markup is only text
// there, but terminal control sequences are not: ESC [2J clears the screen, OSC 0 retitles the
// window, CR overwrites a line, U+202E reverses what follows. They are printed escaped.
const ESCAPES = '\x1b[2J\x1b]0;pwned\x07\r\u009b31m\u202e';
const MARKUP = '<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3)';
const MESSAGE = `Connecting you ${MARKUP} ${ESCAPES}now`;
const TITLE = `Desk ${ESCAPES}<b>`;
const TEST_NAME = `Case ${ESCAPES}<svg onload=alert(4)>`;

/** The voice example with hostile text in a message, a title, a SIP header, a test name. */
function hostileFlow(badDestination = false): string {
  const flow = JSON.parse(readFileSync('examples/voice-zendesk.baton.json', 'utf8'));
  const node = (id: string) => flow.nodes.find((n: { id: string }) => n.id === id);
  node('connect_message').data.text = MESSAGE;
  node('sip_handover').title = TITLE;
  node('sip_handover').data.destination.attributes[1].value = `${ESCAPES}${MARKUP}`;
  if (badDestination) node('sip_handover').data.destination.to = `sip:${ESCAPES}<script>@`;
  flow.tests = [{ id: 'hostile', name: TEST_NAME, scene: { channel: 'phone_voice', transferOutcome: 'answered' }, events: [{ type: 'user_message', text: `I want to talk to a human ${ESCAPES}` }], expect: [{ effect: 'bot_says', match: { text: MESSAGE } }] }];
  return JSON.stringify(flow);
}

const script = JSON.stringify({ scene: { channel: 'phone_voice' }, events: [{ type: 'user_message', text: `I want to talk to a human ${ESCAPES}` }] });

/** No C0/C1 control character but newline and tab, and no bidirectional override, reaches the terminal. */
function expectTerminalSafe(text: string) {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
}

describe('hostile text in the CLI', () => {
  it('baton run prints the bot message as text, its control characters escaped', async () => {
    const io = createFakeIo({ 'flow.json': hostileFlow(), 'script.json': script });
    expect(await main(['run', 'flow.json', '--script', 'script.json'], io)).toBe(0);
    expect(io.out).toContain(`Connecting you ${MARKUP}`);
    expect(io.out).toContain('\\u001b[2J\\u001b]0;pwned\\u0007\\r\\u009b31m\\u202e');
    expectTerminalSafe(io.out + io.err);
  });

  it('baton run --format json stays valid JSON holding the exact text', async () => {
    const io = createFakeIo({ 'flow.json': hostileFlow(), 'script.json': script });
    expect(await main(['run', 'flow.json', '--script', 'script.json', '--format', 'json'], io)).toBe(0);
    expectTerminalSafe(io.out);
    const log = JSON.parse(io.out) as { type: string; text?: string }[];
    expect(log.some((e) => e.type === 'bot_says' && e.text === MESSAGE)).toBe(true);
  });

  it('baton test prints the test-case name as text and passes', async () => {
    const io = createFakeIo({ 'flow.json': hostileFlow() });
    expect(await main(['test', 'flow.json'], io)).toBe(0);
    expect(io.out).toContain('Case \\u001b[2J');
    expect(io.out).toContain('<svg onload=alert(4)>');
    expectTerminalSafe(io.out + io.err);
  });

  it('baton validate reports a hostile destination without a crash or a raw control character', async () => {
    const io = createFakeIo({ 'flow.json': hostileFlow(true) });
    expect(await main(['validate', 'flow.json'], io)).toBe(1);
    // The title holds a bidi override, so the message isolates it (FSI…PDI, printed escaped like it).
    expect(io.out).toMatch(/^error {2}\S+ {2}\/nodes\/7\/data\/destination\/to: Handover "\\u2068Desk /m);
    expect(io.err).not.toMatch(/unexpected error/);
    expectTerminalSafe(io.out + io.err);
  });

  it('a 100,000-character message is refused with its path, not printed or crashed on', async () => {
    const flow = JSON.parse(hostileFlow());
    flow.nodes.find((n: { id: string }) => n.id === 'connect_message').data.text = 'A'.repeat(100_000);
    const io = createFakeIo({ 'flow.json': JSON.stringify(flow) });
    expect(await main(['validate', 'flow.json'], io)).toBe(1);
    expect(io.out + io.err).toMatch(/\/nodes\/5\/data\/text/);
    expect((io.out + io.err).length).toBeLessThan(5_000);
  });
});
