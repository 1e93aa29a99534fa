import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, TRANSFER_OUTCOMES, createNode, flowSchema, portsOf, type Flow, type FlowNode, type InputEvent } from '../../src/schema';
import { createRuntime, type SceneInput } from '../../src/runtime';

const STAFF = ['dana', 'sam'];

const destinationArb = fc.oneof(
  fc.record({ kind: fc.constant('live_chat'), assigneeId: fc.constantFrom(null, ...STAFF), queueTimeoutMinutes: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('zendesk'), department_routing: fc.constantFrom('360001', '42') }),
  fc.record({ kind: fc.constant('messenger'), metadata: fc.string({ maxLength: 20 }) }),
  fc.record({
    kind: fc.constant('voice'),
    to: fc.constantFrom('+12025551234', 'sip:agent@example.com'),
    attributes: fc.array(fc.record({ name: fc.constantFrom('X-Id', 'Subject', 'User-to-User'), value: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
  }),
);

/** Data for each kind, within what the schema accepts. */
const stepArb: fc.Arbitrary<[string, Record<string, unknown>]> = fc.oneof(
  fc.record({ text: fc.string({ maxLength: 30 }) }).map((d) => ['message', d] as [string, Record<string, unknown>]),
  fc.record({ seconds: fc.double({ min: 0, max: 60, noNaN: true }) }).map((d) => ['pause', d] as [string, Record<string, unknown>]),
  destinationArb.map((destination) => ['handover', { destination }] as [string, Record<string, unknown>]),
  fc.constant(['channel_router', {}] as [string, Record<string, unknown>]),
  fc.record({ check: fc.constantFrom('contact_assigned', 'agents_available', 'within_hours', 'variable'), variable: fc.constant('plan'), operator: fc.constantFrom('equals', 'not_equals', 'contains', 'exists'), value: fc.constantFrom('a', 'premium') }).map((d) => ['condition', d] as [string, Record<string, unknown>]),
  fc.constant(['end', {}] as [string, Record<string, unknown>]),
  fc.record({ assigneeId: fc.constantFrom(...STAFF), skipIfAssigned: fc.boolean() }).map((d) => ['assign', d] as [string, Record<string, unknown>]),
  fc.record({ assigneeId: fc.constantFrom(null, ...STAFF), dueHours: fc.constantFrom(0.25, 1, 24) }).map((d) => ['create_task', d] as [string, Record<string, unknown>]),
  fc.record({ tag: fc.constantFrom('human_handover', 'vip') }).map((d) => ['add_tag', d] as [string, Record<string, unknown>]),
  fc.record({ days: fc.constant(0), hours: fc.integer({ min: 0, max: 2 }), minutes: fc.integer({ min: 0, max: 59 }) }).map((d) => ['pause_bot', d] as [string, Record<string, unknown>]),
  fc.constant(['note', { text: 'a note' }] as [string, Record<string, unknown>]),
);

const triggersArb = fc.record({
  human: fc.boolean(),
  gap: fc.boolean(),
  failure: fc.record({ enabled: fc.boolean(), retries: fc.integer({ min: 0, max: 2 }) }),
  sensitive: fc.boolean(),
  start: fc.boolean(),
});

/**
 * A flow of random steps with random ports wired, mostly forwards, and some back to any step, so
 * loops occur: the validator refuses those that wait for nothing, and the rest (through a handover
 * or a Pause bot) must still end every turn. Staff get random notification settings.
 */
const flowArb: fc.Arbitrary<Flow> = fc
  .record({
    triggers: triggersArb,
    steps: fc.array(stepArb, { minLength: 1, maxLength: 12 }),
    wiring: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    notify: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ triggers, steps, wiring, notify }) => {
    const nodes: FlowNode[] = [
      createNode('trigger_human_requested', 't_human', { enabled: triggers.human }),
      createNode('trigger_knowledge_gap', 't_gap', { enabled: triggers.gap }),
      createNode('trigger_repeated_failure', 't_failure', triggers.failure),
      createNode('trigger_sensitive_topic', 't_sensitive', { enabled: triggers.sensitive, keywords: ['lawyer'] }),
      createNode('trigger_conversation_start', 't_start', { enabled: triggers.start }),
      ...steps.map(([type, data], i) => createNode(type as never, `s${i}`, data)),
    ];
    const edges = [];
    let w = 0;
    const stepNodes = nodes.slice(5).filter((n) => n.type !== 'note');
    for (let i = 0; i < nodes.length; i++) {
      const later = nodes.slice(Math.max(5, i + 1)).filter((n) => n.type !== 'note');
      for (const port of portsOf(nodes[i])) {
        const pick = wiring[w++ % wiring.length];
        if (pick % 4 === 0) continue; // leave some ports open
        const back = i >= 5 && pick % 5 === 1; // a loop back to any step, itself included
        const targets = back ? stepNodes : later;
        if (targets.length === 0) continue;
        edges.push({ id: `e${edges.length}`, source: nodes[i].id, sourcePort: port.id, target: targets[pick % targets.length].id });
      }
    }
    return flowSchema.parse({
      format: 'baton.flow',
      version: 1,
      id: 'prop',
      name: 'Property flow',
      settings: {
        staff: STAFF.map((id, i) => ({ id, name: id, notifications: { conversationAssigned: notify[i * 2], taskAssigned: notify[i * 2 + 1] } })),
      },
      nodes,
      edges,
    });
  });

const eventArb: fc.Arbitrary<InputEvent> = fc.oneof(
  fc.constantFrom('I want to talk to a human', 'my lawyer says hi', 'hello', 'Connect me to a persn').map((text) => ({ type: 'user_message' as const, text })),
  fc.constant({ type: 'ai_no_answer' as const }),
  fc.constant({ type: 'ai_answer_failed' as const }),
  fc.integer({ min: 0, max: 3 * 24 * 3600 * 1000 }).map((ms) => ({ type: 'advance' as const, ms })),
  fc.constantFrom(...TRANSFER_OUTCOMES).map((outcome) => ({ type: 'transfer_outcome' as const, outcome })),
  fc.boolean().map((available) => ({ type: 'agents_available' as const, available })),
  fc.boolean().map((open) => ({ type: 'business_hours' as const, open })),
  fc.constantFrom(undefined, 'dana').map((staffId) => ({ type: 'agent_accept' as const, ...(staffId ? { staffId } : {}) })),
  fc.constant({ type: 'agent_decline' as const }),
  fc.constant({ type: 'agent_reply' as const, text: 'hi' }),
  fc.constant({ type: 'agent_resolve' as const }),
  fc.constant({ type: 'queue_timeout' as const }),
  fc.constant({ type: 'user_left' as const }),
);

const sceneArb: fc.Arbitrary<SceneInput> = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  contactAssigned: fc.boolean(),
  agentsAvailable: fc.boolean(),
  withinHours: fc.boolean(),
  transferOutcome: fc.constantFrom(...TRANSFER_OUTCOMES),
  variables: fc.constantFrom<Record<string, string>>({}, { plan: 'premium' }),
});

/** Plays a scene and events; null when the validator refuses the generated flow. */
function play(flow: Flow, scene: SceneInput, events: InputEvent[]) {
  const created = createRuntime(flow, { maxStepsPerTurn: 500 });
  if (!created.ok) return null;
  const rt = created.runtime;
  rt.start(scene);
  for (const event of events) rt.dispatch(event);
  return { log: rt.log, state: rt.state };
}

describe('runtime properties', () => {
  it('never throws, always terminates, stays consistent and is deterministic', () => {
    let ran = 0;
    let looped = 0;
    fc.assert(
      fc.property(flowArb, sceneArb, fc.array(eventArb, { maxLength: 25 }), (flow, scene, events) => {
        const first = play(flow, scene, events);
        if (first === null) return;
        ran++;
        if (flow.edges.some((e) => Number(e.target.slice(1)) <= Number(e.source.slice(1)) && e.source.startsWith('s'))) looped++;
        // Same input, same log and state (no clock, no randomness).
        expect(play(flow, scene, events)).toEqual(first);
        // Sequence numbers count up from 1; time never goes backwards; the state is plain JSON.
        first.log.forEach((effect, i) => {
          expect(effect.seq).toBe(i + 1);
          if (i > 0) expect(effect.at).toBeGreaterThanOrEqual(first.log[i - 1].at);
        });
        expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
        // Only the step bound may stop a turn: no internal errors.
        expect(first.log.every((e) => e.type !== 'runtime_error' || /Stopped after/.test(e.message))).toBe(true);
      }),
      { numRuns: 300, seed: 20240611 },
    );
    expect(ran).toBeGreaterThan(30);
    expect(looped).toBeGreaterThan(20);
  });

  it('the bot never speaks while a person owns the conversation or while it is paused', () => {
    fc.assert(
      fc.property(flowArb, sceneArb, fc.array(eventArb, { maxLength: 25 }), (flow, scene, events) => {
        const created = createRuntime(flow, { maxStepsPerTurn: 500 });
        if (!created.ok) return;
        const rt = created.runtime;
        const check = (before: typeof rt.state, effects: ReturnType<typeof rt.dispatch>) => {
          // A turn that starts with a person in charge (and nothing hands it back) has no bot_says.
          const handsBack = effects.some((e) => e.type === 'handover_outcome' || e.type === 'bot_resumed' || e.type === 'conversation_resolved');
          if ((before.handover || before.pausedUntil !== null) && !handsBack) expect(effects.some((e) => e.type === 'bot_says')).toBe(false);
        };
        rt.start(scene);
        for (const event of events) {
          const before = rt.state;
          check(before, rt.dispatch(event));
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
