import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../src/rules/analyzeFlow';
import { validateFlow } from '../../src/rules/validateFlow';
import { createRuntime, DEFAULT_MAX_STEPS_PER_TURN, type Effect } from '../../src/runtime';
import { flowSchema, type Flow } from '../../src/schema';
import { isHalted, sendInput, startSession } from '../../src/ui/simulator/session';

// Issue 11, item 4: the runtime stops runaway flows with a clear error, and the Simulator returns.
//
// findLoopsWithoutWait leaves out Handover and Pause bot (they wait for an agent or the clock), so
// a loop through a live-chat handover's "No agents" port is invisible to it. Yet with no agent
// online that port is taken at once, in the same turn: message → handover → message → … forever.
const runaway: Flow = flowSchema.parse({
  format: 'baton.flow',
  version: 1,
  id: 'runaway',
  name: 'Runaway',
  nodes: [
    { id: 'start', type: 'trigger_conversation_start' },
    { id: 'sorry', type: 'message', data: { text: 'Still looking for someone…' } },
    { id: 'queue', type: 'handover', data: { destination: { kind: 'live_chat' } } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourcePort: 'next', target: 'sorry' },
    { id: 'e2', source: 'sorry', sourcePort: 'next', target: 'queue' },
    { id: 'e3', source: 'queue', sourcePort: 'no_agents', target: 'sorry' },
  ],
});
const NO_AGENTS = { agentsAvailable: false };
const stopped = (steps: number, last: string) => `Stopped after ${steps} steps in one turn: the flow loops without waiting (last node ${last}).`;
const lastOf = (effects: readonly Effect[]) => effects[effects.length - 1];

describe('a loop the validator cannot see', () => {
  it('passes the validator: no loop found, no error', () => {
    expect(analyzeFlow(runaway).loops).toEqual([]);
    expect(validateFlow(runaway).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`is stopped by the runtime after ${DEFAULT_MAX_STEPS_PER_TURN} steps with a runtime_error naming the node`, () => {
    const created = createRuntime(runaway);
    if (!created.ok) throw new Error('the flow must run');
    const effects = created.runtime.start(NO_AGENTS);
    expect(lastOf(effects)).toMatchObject({ type: 'runtime_error', nodeId: 'sorry', message: stopped(DEFAULT_MAX_STEPS_PER_TURN, 'sorry') });
    expect(effects.filter((e) => e.type === 'runtime_error')).toHaveLength(1);
    // The conversation is still usable: the next input runs a turn and returns.
    expect(created.runtime.dispatch({ type: 'user_message', text: 'hello?' }).length).toBeGreaterThan(0);
  });

  it('stops at a small maxStepsPerTurn, exactly there', () => {
    const created = createRuntime(runaway, { maxStepsPerTurn: 25 });
    if (!created.ok) throw new Error('the flow must run');
    const effects = created.runtime.start(NO_AGENTS);
    expect(lastOf(effects)).toMatchObject({ type: 'runtime_error', message: expect.stringMatching(/^Stopped after 25 steps in one turn: .+ \(last node (sorry|queue)\)\.$/) });
    // 25 node steps after the trigger's own visit.
    expect(created.runtime.state.visited.filter((v) => v.nodeId !== 'start')).toHaveLength(25);
  });

  it('runs normally when an agent is online (the handover waits)', () => {
    const created = createRuntime(runaway);
    if (!created.ok) throw new Error('the flow must run');
    expect(created.runtime.start({ agentsAvailable: true }).some((e) => e.type === 'runtime_error')).toBe(false);
  });

  it('a long chain without any loop is stopped by the same limit', () => {
    const count = 60;
    const chain = flowSchema.parse({
      format: 'baton.flow',
      version: 1,
      id: 'chain',
      name: 'Chain',
      nodes: [{ id: 'start', type: 'trigger_conversation_start' }, ...Array.from({ length: count }, (_, i) => ({ id: `m${i}`, type: 'message', data: { text: `${i}` } }))],
      edges: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, source: i === 0 ? 'start' : `m${i - 1}`, sourcePort: 'next', target: `m${i}` })),
    });
    const created = createRuntime(chain, { maxStepsPerTurn: 40 });
    if (!created.ok) throw new Error('the chain must run');
    expect(lastOf(created.runtime.start())).toMatchObject({ type: 'runtime_error', message: expect.stringMatching(/^Stopped after 40 steps in one turn: .+ \(last node m\d+\)\.$/) });
  });
});

describe('the Simulator on a runaway flow', () => {
  it('returns with the runtime_error at the end of the timeline, and takes the next input', { timeout: 60_000 }, () => {
    const started = startSession(runaway, NO_AGENTS, new Set());
    if (!started.ok) throw new Error('the flow must start');
    const { session } = started;
    expect(isHalted(session)).toBe(false);
    const last = session.timeline[session.timeline.length - 1];
    expect(last).toMatchObject({ kind: 'effect', effect: { type: 'runtime_error', message: stopped(DEFAULT_MAX_STEPS_PER_TURN, 'sorry') } });
    const next = sendInput(session, { type: 'user_message', text: 'hello?' }, new Set());
    expect(next.timeline.length).toBeGreaterThan(session.timeline.length);
  });
});
