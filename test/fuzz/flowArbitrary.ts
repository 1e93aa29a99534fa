import fc from 'fast-check';
import { CHANNELS, EFFECT_TYPES, flowSchema, RESERVED_KEYS, TRANSFER_OUTCOMES, type Flow, type InputEvent } from '../../src/schema';
import { CONDITION_CHECKS, CONDITION_OPERATORS } from '../../src/schema/nodes/actions';

/**
 * Any valid flow, every field of the format drawn (node kinds with their data, edges, layout,
 * staff, test cases), built through flowSchema so defaults are filled as an import fills them.
 * Wiring is free: an edge may point anywhere, as the schema allows (the validator judges wiring).
 */

// Any characters, lone surrogates included; lengths stay under each field's limit in code units.
const text = (max: number) => fc.string({ unit: 'binary', maxLength: Math.floor(max / 2) });
const nonEmpty = (max: number) => fc.string({ unit: 'binary', minLength: 1, maxLength: Math.floor(max / 2) });
// JSON has no -0 (it writes 0), so a coordinate is never -0 to begin with.
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => n + 0);
const int = (min: number, max: number) => fc.integer({ min, max });

export const idArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !RESERVED_KEYS.has(id));
const varName = fc.string({ maxLength: 64 }).filter((name) => !RESERVED_KEYS.has(name));
const enabled = fc.boolean();

const destination = fc.oneof(
  fc.record({ kind: fc.constant('live_chat'), assigneeId: fc.option(text(40), { nil: null }), queueTimeoutMinutes: real(1, 1440) }),
  fc.record({ kind: fc.constant('zendesk'), department_routing: text(64), queueTimeoutMinutes: real(1, 1440) }),
  fc.record({ kind: fc.constant('messenger'), metadata: text(1000) }),
  fc.record({
    kind: fc.constant('voice'),
    to: text(1024),
    attributes: fc.array(fc.record({ name: text(256), value: text(2048) }), { maxLength: 4 }),
    timeoutSeconds: int(5, 600),
  }),
);

/** [type, data] for every node kind; `data` fields are optional so sparse nodes get defaults. */
const nodeBody: fc.Arbitrary<{ type: string; data: Record<string, unknown> }> = fc.oneof(
  ...(
    [
      ['trigger_human_requested', { enabled, phrases: fc.array(text(200), { maxLength: 5 }) }],
      ['trigger_knowledge_gap', { enabled }],
      ['trigger_repeated_failure', { enabled, retries: int(0, 10) }],
      ['trigger_sensitive_topic', { enabled, keywords: fc.array(text(100), { maxLength: 5 }) }],
      ['trigger_conversation_start', { enabled }],
      ['message', { text: text(4000) }],
      ['pause', { seconds: real(0, 60) }],
      ['handover', { destination }],
      ['channel_router', {}],
      ['condition', { check: fc.constantFrom(...CONDITION_CHECKS), variable: varName, operator: fc.constantFrom(...CONDITION_OPERATORS), value: text(200) }],
      ['end', {}],
      ['assign', { assigneeId: text(40), skipIfAssigned: fc.boolean() }],
      ['create_task', { title: text(200), assigneeId: fc.option(text(40), { nil: null }), dueHours: real(0.25, 720) }],
      ['add_tag', { tag: text(64) }],
      ['pause_bot', { days: int(0, 30), hours: int(0, 23), minutes: int(0, 59) }],
      ['note', { text: text(4000), color: fc.constantFrom('yellow', 'blue', 'green', 'pink') }],
    ] as const
  ).map(([type, fields]) =>
    fc.record(fields as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] }).map((data) => ({ type, data })),
  ),
);

const inputEvent: fc.Arbitrary<InputEvent> = fc.oneof(
  text(4000).map((t) => ({ type: 'user_message' as const, text: t })),
  fc.constantFrom({ type: 'ai_no_answer' as const }, { type: 'agent_decline' as const }, { type: 'user_left' as const }, { type: 'queue_timeout' as const }),
  int(0, 365 * 24 * 3600 * 1000).map((ms) => ({ type: 'advance' as const, ms })),
  fc.constantFrom(...TRANSFER_OUTCOMES).map((outcome) => ({ type: 'transfer_outcome' as const, outcome })),
  fc.option(text(40), { nil: undefined }).map((staffId) => ({ type: 'agent_accept' as const, ...(staffId === undefined ? {} : { staffId }) })),
);

const testCase = fc.record({
  id: idArbitrary,
  name: nonEmpty(200),
  scene: fc.record(
    {
      channel: fc.constantFrom(...CHANNELS),
      contactAssigned: fc.boolean(),
      transferOutcome: fc.constantFrom(...TRANSFER_OUTCOMES),
      variables: fc.dictionary(varName, text(40), { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  ),
  events: fc.array(inputEvent, { maxLength: 4 }),
  expect: fc.array(
    fc.record({
      effect: fc.constantFrom(...EFFECT_TYPES),
      match: fc.dictionary(fc.constantFrom('text', 'destination.kind', 'tag', 'port'), fc.oneof(text(20), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 2 }),
      absent: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

export const flowArbitrary: fc.Arbitrary<Flow> = fc
  .record({
    id: idArbitrary,
    name: nonEmpty(200),
    description: text(2000),
    nodes: fc.uniqueArray(fc.tuple(idArbitrary, nodeBody, fc.option(nonEmpty(120), { nil: undefined })), { selector: ([id]) => id, maxLength: 12 }),
    edgeIds: fc.uniqueArray(idArbitrary, { maxLength: 12 }),
    wiring: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.stringMatching(/^[a-z_]{1,64}$/)), { minLength: 12, maxLength: 12 }),
    positions: fc.array(fc.option(fc.record({ x: real(-1e6, 1e6), y: real(-1e6, 1e6) }), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    channels: fc.subarray([...CHANNELS]),
    staff: fc.uniqueArray(fc.record({ id: idArbitrary, name: nonEmpty(120), notifications: fc.record({ conversationAssigned: fc.boolean(), taskAssigned: fc.boolean() }) }), {
      selector: (s) => s.id,
      maxLength: 3,
    }),
    recording: fc.boolean(),
    tests: fc.uniqueArray(testCase, { selector: (t) => t.id, maxLength: 2 }),
  })
  .map(({ id, name, description, nodes, edgeIds, wiring, positions, channels, staff, recording, tests }) => {
    const ids = nodes.map(([nodeId]) => nodeId);
    const layout: Record<string, { x: number; y: number }> = {};
    nodes.forEach(([nodeId], i) => {
      if (positions[i]) layout[nodeId] = positions[i];
    });
    const edges = ids.length
      ? edgeIds.map((edgeId, i) => {
          const [a, b, port] = wiring[i];
          return { id: edgeId, source: ids[a % ids.length], sourcePort: port, target: ids[b % ids.length] };
        })
      : [];
    return flowSchema.parse({
      format: 'baton.flow',
      version: 1,
      id,
      name,
      description,
      settings: { channels, staff, voice: { recording } },
      nodes: nodes.map(([nodeId, body, title]) => ({ id: nodeId, ...body, ...(title === undefined ? {} : { title }) })),
      edges,
      layout: { nodes: layout },
      tests,
    });
  });
