import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/runtime';
import { parseFlow, type Flow, type InputEvent } from '../../src/schema';

function loadExample(name: string): Flow {
  const parsed = parseFlow(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.flow;
}

function mustCreate(flow: Flow, options?: Parameters<typeof createRuntime>[1]): Runtime {
  const created = createRuntime(flow, options);
  if (!created.ok) throw new Error('flow has errors');
  return created.runtime;
}

const EVENTS: InputEvent[] = [
  { type: 'user_message', text: 'Hi, can someone real please help me?' },
  { type: 'advance', ms: 60_000 },
  { type: 'agent_accept', staffId: 'dana' },
  { type: 'agent_reply', text: 'Hello, Dana here' },
  { type: 'advance', ms: 3 * 3_600_000 },
  { type: 'advance', ms: 24 * 3_600_000 },
];

describe('createRuntime({ resume })', () => {
  it('continues a stored conversation exactly as if it had never stopped, at every split point', () => {
    const flow = loadExample('chat-handover.baton.json');
    const whole = mustCreate(flow);
    whole.start({ channel: 'web_chat' });
    for (const event of EVENTS) whole.dispatch(event);
    expect(whole.log.map((e) => e.type)).toContain('bot_resumed');
    expect(whole.log.map((e) => e.type)).toContain('task_due');

    for (let split = 0; split <= EVENTS.length; split++) {
      const first = mustCreate(flow);
      first.start({ channel: 'web_chat' });
      for (const event of EVENTS.slice(0, split)) first.dispatch(event);
      // What a store keeps: the state as JSON and how many effects the log holds.
      const stored = JSON.parse(JSON.stringify(first.state));
      const second = mustCreate(flow, { resume: { state: stored, nextSeq: first.log.length + 1 } });
      for (const event of EVENTS.slice(split)) second.dispatch(event);
      expect([...first.log, ...second.log]).toEqual(whole.log);
      expect(second.state).toEqual(whole.state);
      expect(second.nextTimerAt()).toBe(whole.nextTimerAt());
    }
  });

  it('numbers the first effect of the resumed runtime from nextSeq and leaves the given state untouched', () => {
    const flow = loadExample('chat-handover.baton.json');
    const first = mustCreate(flow);
    first.start({ channel: 'web_chat' });
    const stored = JSON.parse(JSON.stringify(first.state));
    const before = JSON.stringify(stored);
    const resumed = mustCreate(flow, { resume: { state: stored, nextSeq: 40 } });
    const effects = resumed.dispatch({ type: 'user_message', text: 'Connect me to a person' });
    expect(effects.length).toBeGreaterThan(1);
    expect(effects.map((e) => e.seq)).toEqual(effects.map((_, i) => 40 + i));
    expect(JSON.stringify(stored)).toBe(before);
  });
});

describe('createRuntime({ validated })', () => {
  it('plays a checked flow the same without validating it again, and validates whenever the option is left out', () => {
    const flow = loadExample('chat-handover.baton.json');
    const checked = mustCreate(flow);
    const trusted = mustCreate(flow, { validated: true });
    checked.start({ channel: 'web_chat' });
    trusted.start({ channel: 'web_chat' });
    for (const event of EVENTS) expect(trusted.dispatch(event)).toEqual(checked.dispatch(event));
    expect(trusted.state).toEqual(checked.state);

    const broken: Flow = { ...flow, nodes: flow.nodes.map((n, i) => (i === 0 ? { ...n, id: flow.nodes[1].id } : n)) };
    const refused = createRuntime(broken);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.diagnostics.length).toBeGreaterThan(0);
  });
});
