import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { createFakeIo } from '../cli/fakeIo';
import { makeFlow } from './flowFixture';

const flow = makeFlow({
  nodes: [
    ['gap', 'trigger_knowledge_gap'],
    ['say', 'message', { text: 'Let me find someone' }],
    ['h', 'handover', { destination: { kind: 'live_chat' } }],
  ],
  edges: [
    ['gap', 'next', 'say'],
    ['say', 'next', 'h'],
  ],
  tests: [
    { id: 'good', name: 'hands over', events: [{ type: 'ai_no_answer' }], expect: [{ effect: 'left_unassigned' }] },
    { id: 'bad', name: 'says hello', events: [{ type: 'ai_no_answer' }], expect: [{ effect: 'bot_says', match: { text: 'Hello' } }] },
  ],
});
const script = { scene: { channel: 'web_chat' }, events: [{ type: 'ai_no_answer' }] };
const files = {
  'flow.json': JSON.stringify(flow),
  'script.json': JSON.stringify(script),
  'passing.json': JSON.stringify({ ...flow, tests: flow.tests.slice(0, 1) }),
  'broken.json': JSON.stringify({ ...flow, nodes: flow.nodes.slice(1), edges: flow.edges.slice(1) }),
};

describe('baton run', () => {
  it('prints one line per effect and exits 0', async () => {
    const io = createFakeIo(files);
    expect(await main(['run', 'flow.json', '--script', 'script.json'], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(/^\s+0\.000s\s+#3\s+bot_says\s+\(Message "Let me find someone"\)\s+text="Let me find someone"$/);
    expect(lines[3]).toMatch(/handover .*request=<live_chat request>/);
  });

  it('prints the log as JSON with --format json', async () => {
    const io = createFakeIo(files);
    expect(await main(['run', 'flow.json', '--script', 'script.json', '--format', 'json'], io)).toBe(0);
    const log = JSON.parse(io.out);
    expect(log.map((e: { type: string }) => e.type)).toEqual(['conversation_started', 'trigger_fired', 'bot_says', 'handover', 'left_unassigned', 'ownership_changed']);
    expect(log[3].request.body).toEqual({ queue: 'unassigned', assigneeId: null });
  });

  it('refuses a flow with errors (exit 1) and a bad script or missing option (exit 2)', async () => {
    const broken = createFakeIo(files);
    expect(await main(['run', 'broken.json', '--script', 'script.json'], broken)).toBe(1);
    expect(broken.err).toMatch(/has errors, so it cannot run/);
    const badScript = createFakeIo({ ...files, 'bad.json': JSON.stringify({ events: [{ type: 'wave' }] }) });
    expect(await main(['run', 'flow.json', '--script', 'bad.json'], badScript)).toBe(2);
    expect(badScript.err).toMatch(/bad\.json \/events\/0\/type: Unknown type "wave"\. Expected 'user_message' \|/);
    const noScript = createFakeIo(files);
    expect(await main(['run', 'flow.json'], noScript)).toBe(2);
    expect(noScript.err).toMatch(/--script/);
  });
});

describe('baton test', () => {
  it('prints one line per case and a final "N passed, N failed"; exit 1 when one fails', async () => {
    const io = createFakeIo(files);
    expect(await main(['test', 'flow.json'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    expect(lines[0]).toBe('PASS  hands over (good)');
    expect(lines[1]).toBe('FAIL  says hello (bad)');
    expect(lines[2]).toMatch(/^\s+expect\[0\]: Expected bot_says text="Hello"/);
    expect(lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('exits 0 when every case passes', async () => {
    const io = createFakeIo(files);
    expect(await main(['test', 'passing.json'], io)).toBe(0);
    expect(io.out.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('refuses a flow with errors', async () => {
    const io = createFakeIo(files);
    expect(await main(['test', 'broken.json'], io)).toBe(1);
    expect(io.err).toMatch(/structure\.no_enabled_trigger/);
  });
});
