import { describe, expect, it } from 'vitest';
import { flowToText } from '../../src/editor/jsonSync/flowToText';
import { textToFlow } from '../../src/editor/jsonSync/textToFlow';
import type { Flow } from '../../src/schema';
import { makeFlow } from './jsonSyncFixture';

describe('flowToText', () => {
  it('prints with two spaces and a final newline, and round-trips through textToFlow', () => {
    const flow = makeFlow();
    const text = flowToText(flow);
    expect(text).toMatch(/^\{\n {2}"format": "baton\.flow",\n/);
    expect(text.endsWith('}\n')).toBe(true);
    const back = textToFlow(text);
    expect(back.ok && back.flow).toEqual(flow);
  });

  it('puts keys in schema order whatever order the document object has', () => {
    const flow = makeFlow();
    const node = flow.nodes[2];
    const shuffled = {
      tests: flow.tests,
      nodes: [...flow.nodes.slice(0, 2), { data: node.data, type: node.type, id: node.id }, flow.nodes[3]],
      name: flow.name,
      edges: flow.edges,
      layout: flow.layout,
      id: flow.id,
      version: flow.version,
      description: flow.description,
      format: flow.format,
      settings: flow.settings,
    } as Flow;
    expect(flowToText(shuffled)).toBe(flowToText(flow));
    const keys = [...flowToText(shuffled).matchAll(/^ {2}"(\w+)"/gm)].map((m) => m[1]);
    expect(keys).toEqual(['format', 'version', 'id', 'name', 'description', 'settings', 'nodes', 'edges', 'layout', 'tests']);
  });
});

describe('textToFlow', () => {
  it('reports a schema error with its JSON pointer and node id', () => {
    const text = flowToText(makeFlow()).replace('"seconds": 1.5', '"seconds": "two"');
    const result = textToFlow(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: '/nodes/2/data/seconds', nodeId: 'wait' });
  });

  it('reports broken JSON with a line and column', () => {
    const result = textToFlow('{\n  "format": "baton.flow",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].path).toBe('');
    expect(result.issues[0].message).toMatch(/line 3/);
  });

  it('migrates an older document on the way in', () => {
    const v0 = { format: 'baton.flow', version: 0, id: 'old', name: 'Old', nodes: [{ id: 'n1', type: 'end', data: {}, position: { x: 5, y: 6 } }] };
    const result = textToFlow(JSON.stringify(v0));
    expect(result.ok && result.flow.layout.nodes.n1).toEqual({ x: 5, y: 6 });
  });
});
