import { describe, expect, it } from 'vitest';
import { createNode, flowSchema, parseFlow, portsOf, NODE_TYPES, MIGRATIONS, FLOW_VERSION } from '../src/schema';
import { toJsonSchema } from '../src/schema/toJsonSchema';

const minimal = { format: 'baton.flow', version: 1, id: 'f1', name: 'Flow', nodes: [] };

describe('flow schema', () => {
  it('fills defaults for a sparse document', () => {
    const result = parseFlow(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flow.settings.voice.recording).toBe(false);
    expect(result.flow.settings.channels).toContain('web_voice');
    expect(result.flow.edges).toEqual([]);
    expect(result.flow.layout.nodes).toEqual({});
  });

  it('creates every node kind from defaults and round-trips it through JSON', () => {
    const nodes = NODE_TYPES.map((type, i) => createNode(type, `n${i}`));
    const flow = flowSchema.parse({ ...minimal, nodes });
    const again = parseFlow(JSON.stringify(flow));
    expect(again.ok && again.flow).toEqual(flow);
  });

  it('gives the seed defaults: human_handover tag, task due in 24 h, four example phrases', () => {
    expect(createNode('add_tag', 'a').data.tag).toBe('human_handover');
    expect(createNode('create_task', 'a').data.dueHours).toBe(24);
    expect(createNode('trigger_human_requested', 'a').data.phrases).toContain('Connect me to a person');
    expect(createNode('trigger_repeated_failure', 'a').data.retries).toBe(2);
  });

  it('derives handover ports from the destination kind', () => {
    const voice = createNode('handover', 'h', { destination: { kind: 'voice', to: '+12025551234' } });
    expect(portsOf(voice).map((p) => p.id)).toEqual(['transferred', 'busy', 'no_answer', 'rejected']);
    const chat = createNode('handover', 'h');
    expect(portsOf(chat).map((p) => p.id)).toEqual(['transferred', 'no_agents', 'timeout', 'resolved']);
  });

  it('reports schema errors with a JSON pointer and the node id', () => {
    const result = parseFlow({ ...minimal, nodes: [{ id: 'p1', type: 'pause', data: { seconds: 'two' } }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: '/nodes/0/data/seconds', nodeId: 'p1' });
  });

  it('says what is wrong in plain English: the type found, the limit crossed', () => {
    // zod/mini has no messages of its own; src/schema sets the English ones (issue 7).
    const result = parseFlow({
      ...minimal,
      name: 7,
      nodes: [
        { id: 'p1', type: 'pause', data: { seconds: 99 } },
        { id: 'b1', type: 'pause_bot', data: { hours: 1.5 } },
        { id: 'm1', type: 'message', title: 'x'.repeat(121) },
      ],
    });
    expect(!result.ok && result.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      '/name: Invalid input: expected string, received number',
      '/nodes/0/data/seconds: Too big: expected number to be <=60',
      '/nodes/1/data/hours: Invalid input: expected int, received number',
      '/nodes/2/title: Too big: expected string to have <=120 characters',
    ]);
  });

  it('names an unknown node type', () => {
    const result = parseFlow({ ...minimal, nodes: [{ id: 'x', type: 'fax_machine' }] });
    expect(!result.ok && result.issues[0].message).toMatch(/Unknown type "fax_machine"/);
  });

  it('refuses prototype keys as ids', () => {
    const result = parseFlow({ ...minimal, nodes: [{ id: '__proto__', type: 'end' }] });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: '/nodes/0/id',
      message: '"__proto__" is reserved: ids are never __proto__, constructor or prototype',
    });
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = parseFlow('{"format": "baton.flow",,}');
    expect(!result.ok && result.issues[0].message).toMatch(/^Not valid JSON/);
  });

  it('refuses a newer version with an explanation', () => {
    const result = parseFlow({ ...minimal, version: 99 });
    expect(!result.ok && result.issues[0]).toMatchObject({ path: '/version' });
  });
});

describe('migrations', () => {
  it('are consecutive and reach the current version', () => {
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i, i + 1]));
    expect(MIGRATIONS.length).toBe(FLOW_VERSION);
  });

  it('0001 split-layout-from-nodes: moves React-Flow-style positions into layout and names ports', async () => {
    const { default: v0 } = await import('./fixtures/flow-v0.json');
    const result = parseFlow(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toEqual(['0000_split-layout-from-nodes']);
    expect(result.flow.layout.nodes.greet).toEqual({ x: 0, y: 0 });
    expect(result.flow.edges[0]).toEqual({ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'greet' });
    expect(result.flow.nodes.every((n) => !('position' in n))).toBe(true);
  });
});

describe('JSON Schema export', () => {
  it('is draft 2020-12 and lists every node type', () => {
    const schema = toJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const text = JSON.stringify(schema);
    for (const type of NODE_TYPES) expect(text).toContain(`"${type}"`);
  });
});
