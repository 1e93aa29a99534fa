import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../src/rules/analyzeFlow';
import { validateFlow } from '../../src/rules/validateFlow';
import { createRuntime, DEFAULT_MAX_STEPS_PER_TURN, type Effect } from '../../src/runtime';
import { flowSchema, parseFlow, type Flow, type FlowInput } from '../../src/schema';
import { isHalted, sendInput, shownState, SIMULATOR_MAX_STEPS_PER_TURN, startSession, stepSession } from '../../src/ui/simulator/session';

// Issue 11, item 4: the runtime stops runaway flows with a clear error, and the Simulator returns.
//
// The validator finds loops that wait for nothing, including those through a handover port taken
// at once (test/rules/loopsWithoutWait.test.ts). It reads the channels a flow is deployed on, and
// this flow is deployed for phone calls only, where a voice transfer's Rejected port comes later
// from the dial. The runtime runs whatever scene it is given: on a browser call Twilio refuses the
// transfer at once, so Rejected → "Trying again" → transfer → … spins within one turn.
const parsed = parseFlow(readFileSync(fileURLToPath(new URL('./runawayRetry.baton.json', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('runawayRetry.baton.json must parse');
const runaway = parsed.flow;
const flowOf = (input: Omit<FlowInput, 'format' | 'version' | 'id' | 'name'>): Flow =>
  flowSchema.parse({ format: 'baton.flow', version: 1, id: 'runaway', name: 'Runaway', ...input });
const BROWSER_CALL = { channel: 'web_voice' } as const;
const stopped = (steps: number, at: string) =>
  `Stopped after ${steps} steps in one turn, at node "${at}": the flow runs too long without waiting for input (a loop, or a chain longer than ${steps} steps).`;
const lastOf = (effects: readonly Effect[]) => effects[effects.length - 1];

describe('a loop the validator cannot see', () => {
  it('passes the validator: no loop found, no error', () => {
    expect(analyzeFlow(runaway).loops).toEqual([]);
    expect(validateFlow(runaway).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('is the same loop the validator refuses once the flow is deployed for browser calls', () => {
    const deployed = { ...runaway, settings: { ...runaway.settings, channels: ['phone_voice', 'web_voice'] as const } } as Flow;
    expect(validateFlow(deployed).map((d) => d.code)).toContain('structure.cycle_without_wait');
  });

  it(`is stopped by the runtime after ${DEFAULT_MAX_STEPS_PER_TURN} steps with a runtime_error naming the node`, () => {
    const created = createRuntime(runaway);
    if (!created.ok) throw new Error('the flow must run');
    const effects = created.runtime.start(BROWSER_CALL);
    expect(lastOf(effects)).toMatchObject({ type: 'runtime_error', nodeId: 'again', message: stopped(DEFAULT_MAX_STEPS_PER_TURN, 'again') });
    expect(effects.filter((e) => e.type === 'runtime_error')).toHaveLength(1);
    // The conversation is still usable: the next input runs a turn and returns.
    expect(created.runtime.dispatch({ type: 'user_message', text: 'hello?' }).length).toBeGreaterThan(0);
  });

  it('stops at a small maxStepsPerTurn, exactly there', () => {
    const created = createRuntime(runaway, { maxStepsPerTurn: 25 });
    if (!created.ok) throw new Error('the flow must run');
    const effects = created.runtime.start(BROWSER_CALL);
    expect(lastOf(effects)).toMatchObject({ type: 'runtime_error', message: expect.stringMatching(/^Stopped after 25 steps in one turn, at node "(again|call)": .+\.$/) });
    // 25 node steps after the trigger's own visit.
    expect(created.runtime.state.visited.filter((v) => v.nodeId !== 'start')).toHaveLength(25);
  });

  it('runs normally on a phone call (the transfer rings and waits for the dial)', () => {
    const created = createRuntime(runaway);
    if (!created.ok) throw new Error('the flow must run');
    expect(created.runtime.start({ channel: 'phone_voice' }).some((e) => e.type === 'runtime_error')).toBe(false);
    expect(created.runtime.state.handover).toMatchObject({ phase: 'ringing' });
  });

  it('a long chain without any loop is stopped by the same limit, and the message does not call it a loop', () => {
    const count = 60;
    const chain = flowOf({
      nodes: [{ id: 'start', type: 'trigger_conversation_start' }, ...Array.from({ length: count }, (_, i) => ({ id: `m${i}`, type: 'message' as const, data: { text: `${i}` } }))],
      edges: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, source: i === 0 ? 'start' : `m${i - 1}`, sourcePort: 'next', target: `m${i}` })),
    });
    expect(analyzeFlow(chain).loops).toEqual([]);
    const created = createRuntime(chain, { maxStepsPerTurn: 40 });
    if (!created.ok) throw new Error('the chain must run');
    expect(lastOf(created.runtime.start())).toMatchObject({ type: 'runtime_error', message: stopped(40, 'm40') });
  });

  it('a nag loop through a real 1-minute pause, with the clock moved 30 days at once, is stopped by the same limit', () => {
    const nag = flowOf({
      nodes: [
        { id: 'start', type: 'trigger_conversation_start' },
        { id: 'ask', type: 'message', data: { text: 'Still there?' } },
        { id: 'wait', type: 'pause_bot', data: { days: 0, hours: 0, minutes: 1 } },
      ],
      edges: [
        { id: 'e1', source: 'start', sourcePort: 'next', target: 'ask' },
        { id: 'e2', source: 'ask', sourcePort: 'next', target: 'wait' },
        { id: 'e3', source: 'wait', sourcePort: 'resumed', target: 'ask' },
      ],
    });
    expect(validateFlow(nag).filter((d) => d.severity === 'error')).toEqual([]);
    const created = createRuntime(nag);
    if (!created.ok) throw new Error('the flow must run');
    created.runtime.start();
    // A day is 1,440 laps of 2 steps: within the bound. Thirty days are not.
    expect(created.runtime.dispatch({ type: 'advance', ms: 24 * 3_600_000 }).some((e) => e.type === 'runtime_error')).toBe(false);
    expect(lastOf(created.runtime.dispatch({ type: 'advance', ms: 30 * 24 * 3_600_000 }))).toMatchObject({
      type: 'runtime_error',
      message: expect.stringMatching(new RegExp(`^Stopped after ${DEFAULT_MAX_STEPS_PER_TURN} steps in one turn`)),
    });
  });
});

describe('the Simulator on a runaway flow', () => {
  it(`stops the turn after ${SIMULATOR_MAX_STEPS_PER_TURN} steps, shows the runtime_error last, and takes the next input`, () => {
    const started = startSession(runaway, BROWSER_CALL, new Set());
    if (!started.ok) throw new Error('the flow must start');
    const { session } = started;
    expect(isHalted(session)).toBe(false);
    expect(session.timeline.at(-1)).toMatchObject({ kind: 'effect', effect: { type: 'runtime_error', message: stopped(SIMULATOR_MAX_STEPS_PER_TURN, 'again') } });
    const next = sendInput(session, { type: 'user_message', text: 'hello?' }, new Set());
    expect(next.timeline.length).toBeGreaterThan(session.timeline.length);
  });

  it('keeps one visited list per turn for all its step-by-step snapshots, not a copy per effect', () => {
    const started = startSession(runaway, BROWSER_CALL, new Set());
    if (!started.ok) throw new Error('the flow must start');
    const snapshots = [...started.session.effectStates.values()];
    expect(snapshots.length).toBeGreaterThan(SIMULATOR_MAX_STEPS_PER_TURN);
    expect(new Set(snapshots.map((s) => s.state.visited)).size).toBe(1);
    // Each snapshot still knows how far the walk was when its effect happened.
    const counts = snapshots.map((s) => s.visitedCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(started.session.runtime.state.visited.length);
  });

  it('paused at a breakpoint inside the runaway, the panels show the walk only as far as it is revealed', () => {
    const breakpoints = new Set(['call']);
    const started = startSession(runaway, BROWSER_CALL, breakpoints);
    if (!started.ok) throw new Error('the flow must start');
    let s = started.session;
    expect(isHalted(s)).toBe(true);
    const all = s.runtime.state.visited;
    const atBreak = shownState(s).visited;
    expect(atBreak.map((v) => v.nodeId)).toEqual(['start', 'again']);
    expect(atBreak).toEqual(all.slice(0, atBreak.length));
    // Step onto the transfer's effects: the walk has entered the handover, and no further.
    while (isHalted(s) && !s.timeline.slice(0, s.revealed).some((i) => i.kind === 'effect' && i.effect.type === 'handover')) s = stepSession(s);
    expect(shownState(s).visited.map((v) => v.nodeId)).toEqual(['start', 'again', 'call']);
    expect(all.length).toBeGreaterThan(SIMULATOR_MAX_STEPS_PER_TURN);
  });
});
