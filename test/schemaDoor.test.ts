import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../src/schema/findUnsafeJson';
import { parseFlow, type ParseResult } from '../src/schema/parseFlow';

// Issue 11, item 1: only flows get in, and nothing in a file reaches Object.prototype.
const minimal = { format: 'baton.flow', version: 1, id: 'f1', name: 'Flow', nodes: [] };
const firstIssue = (result: ParseResult) => (result.ok ? null : result.issues[0]);
const NO_MARKER = 'This file is not a Baton flow: it has no "format": "baton.flow"';

afterEach(() => {
  // Whatever a test did, the shared prototype stays clean for the next one.
  for (const key of ['polluted', 'p2', 'p3', 'p4', 'p5', 'x']) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('parseFlow: the format marker', () => {
  it('refuses package.json as not a Baton flow, at /format', () => {
    const result = parseFlow(readFileSync('package.json', 'utf8'));
    expect(firstIssue(result)).toEqual({ path: '/format', message: NO_MARKER });
    expect(!result.ok && result.issues).toHaveLength(1);
  });

  it('refuses any object without the marker, even one with version, id, name and nodes', () => {
    expect(firstIssue(parseFlow({ version: 1, id: 'x', name: 'X', nodes: [] }))).toEqual({ path: '/format', message: NO_MARKER });
    expect(firstIssue(parseFlow({}))).toEqual({ path: '/format', message: NO_MARKER });
  });

  it('names another format and values that are not objects', () => {
    expect(firstIssue(parseFlow({ ...minimal, format: 'baton.fragment' }))).toEqual({
      path: '/format',
      message: 'This file is not a Baton flow: its "format" is "baton.fragment", not "baton.flow"',
    });
    expect(firstIssue(parseFlow('[1, 2]'))).toEqual({ path: '', message: 'This file is not a Baton flow: a flow is a JSON object, and this is an array' });
    expect(firstIssue(parseFlow('"baton.flow"'))?.message).toBe('This file is not a Baton flow: a flow is a JSON object, and this is a string');
    expect(firstIssue(parseFlow('null'))?.message).toBe('This file is not a Baton flow: a flow is a JSON object, and this is null');
  });

  it('refuses a flow without a version, or with one that is not a whole number', () => {
    const { version: _version, ...unversioned } = minimal;
    expect(firstIssue(parseFlow(unversioned))).toEqual({ path: '/version', message: 'The flow has no "version"; this Baton reads versions 0 to 1' });
    expect(firstIssue(parseFlow({ ...minimal, version: '1' }))).toMatchObject({ path: '/version', message: expect.stringMatching(/^Unknown version "1"/) });
    expect(firstIssue(parseFlow({ ...minimal, version: 0.5 }))).toMatchObject({ path: '/version' });
  });

  it('does not take an inherited marker for the file’s own', () => {
    const doc = Object.assign(Object.create({ format: 'baton.flow', version: 1 }) as object, { id: 'x', name: 'X', nodes: [] });
    expect(firstIssue(parseFlow(doc))).toEqual({ path: '/format', message: NO_MARKER });
  });
});

describe('parseFlow: version 0', () => {
  const v0 = JSON.parse(readFileSync('test/fixtures/flow-v0.json', 'utf8')) as Record<string, unknown>;

  it('migrates a version-0 file that carries the marker', () => {
    const result = parseFlow(v0);
    expect(result.ok && result.migrated).toEqual(['0000_split-layout-from-nodes']);
  });

  it('refuses the same file without the marker instead of guessing', () => {
    const { format: _format, ...unmarked } = v0;
    expect(firstIssue(parseFlow(unmarked))).toEqual({ path: '/format', message: NO_MARKER });
  });

  it('no longer invents an id or a name: the schema names what is missing', () => {
    const { id: _id, name: _name, ...anonymous } = v0;
    const result = parseFlow(anonymous);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(['/id', '/name']);
  });
});

describe('parseFlow: prototype keys never reach Object.prototype', () => {
  it('refuses a top-level __proto__ key in text, and Object.prototype stays clean', () => {
    const text = `{"__proto__": {"polluted": 1}, "format": "baton.flow", "version": 1, "id": "f", "name": "F", "nodes": []}`;
    expect(firstIssue(parseFlow(text))).toEqual({ path: '/__proto__', message: '"__proto__" is not allowed as a key anywhere in a flow' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses it in an already-parsed value too (JSON.parse makes __proto__ an own key)', () => {
    const value = JSON.parse(`{"format": "baton.flow", "version": 0, "id": "f", "name": "F", "__proto__": {"polluted": 1}, "nodes": []}`);
    expect(firstIssue(parseFlow(value))?.path).toBe('/__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['node data', '"nodes": [{"id": "n", "type": "end", "data": {"__proto__": {"p2": 1}}}]', '/nodes/0/data/__proto__'],
    ['a node', '"nodes": [{"id": "n", "type": "end", "__proto__": {"p3": 1}}]', '/nodes/0/__proto__'],
    ['layout', '"nodes": [], "layout": {"nodes": {"__proto__": {"x": 1, "y": 2}}}', '/layout/nodes/__proto__'],
    ['scene variables', '"nodes": [], "tests": [{"id": "t", "name": "T", "scene": {"variables": {"__proto__": {"p4": 1}}}}]', '/tests/0/scene/variables/__proto__'],
    ['an expectation', '"nodes": [], "tests": [{"id": "t", "name": "T", "expect": [{"effect": "bot_says", "match": {"__proto__": {"p5": 1}}}]}]', '/tests/0/expect/0/match/__proto__'],
  ])('refuses a nested __proto__ in %s, for text and for a parsed value (version 0 and 1)', (_where, body, path) => {
    for (const version of [0, 1]) {
      const text = `{"format": "baton.flow", "version": ${version}, "id": "f", "name": "F", ${body}}`;
      expect(firstIssue(parseFlow(text))?.path).toBe(path);
      expect(firstIssue(parseFlow(JSON.parse(text)))?.path).toBe(path);
    }
    const clean = {} as Record<string, unknown>;
    expect([clean.polluted, clean.p2, clean.p3, clean.p4, clean.p5, clean.x]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('parseFlow: reserved names are refused where they are', () => {
  const end = (id: string) => ({ id, type: 'end', data: {} });
  it.each([
    ['the flow id', { ...minimal, id: 'constructor' }, '/id'],
    ['a node id', { ...minimal, nodes: [end('prototype')] }, '/nodes/0/id'],
    ['an edge id', { ...minimal, nodes: [end('a'), end('b')], edges: [{ id: 'constructor', source: 'a', sourcePort: 'next', target: 'b' }] }, '/edges/0/id'],
    ['an edge source', { ...minimal, nodes: [end('a')], edges: [{ id: 'e', source: '__proto__', sourcePort: 'next', target: 'a' }] }, '/edges/0/source'],
    ['a staff id', { ...minimal, settings: { staff: [{ id: 'prototype', name: 'P' }] } }, '/settings/staff/0/id'],
    ['a test id', { ...minimal, tests: [{ id: 'constructor', name: 'T' }] }, '/tests/0/id'],
    ['a condition variable', { ...minimal, nodes: [{ id: 'c', type: 'condition', data: { check: 'variable', variable: 'constructor' } }] }, '/nodes/0/data/variable'],
  ])('%s', (_what, doc, path) => {
    const issue = firstIssue(parseFlow(doc));
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(/^"(__proto__|constructor|prototype)" is reserved: .+ are never __proto__, constructor or prototype$/);
  });

  it.each([
    ['a layout key', { ...minimal, layout: { nodes: { constructor: { x: 1, y: 2 } } } }, '/layout/nodes/constructor'],
    ['a scene variable', { ...minimal, tests: [{ id: 't', name: 'T', scene: { variables: { prototype: 'x' } } }] }, '/tests/0/scene/variables/prototype'],
  ])('%s', (_what, doc, path) => {
    expect(firstIssue(parseFlow(doc))).toEqual({ path, message: expect.stringMatching(/^Invalid key: "(constructor|prototype)" is reserved: /) });
  });

  it('an expectation path through a reserved key', () => {
    const doc = { ...minimal, tests: [{ id: 't', name: 'T', expect: [{ effect: 'bot_says', match: { 'destination.constructor': 'x' } }] }] };
    expect(firstIssue(parseFlow(doc))).toEqual({
      path: '/tests/0/expect/0/match/destination.constructor',
      message: 'Invalid key: "destination.constructor" names a reserved key: paths never go through __proto__, constructor or prototype',
    });
  });
});

describe('parseFlow: records keyed by the file’s names have no prototype', () => {
  it('a node called toString with no position finds none, not Object.prototype.toString', () => {
    const result = parseFlow({ ...minimal, nodes: [{ id: 'toString', type: 'end' }], tests: [{ id: 't', name: 'T' }] });
    if (!result.ok) throw new Error(result.issues[0].message);
    expect(result.flow.layout.nodes.toString).toBeUndefined();
    expect(Object.getPrototypeOf(result.flow.layout.nodes)).toBeNull();
    expect(result.flow.tests[0].scene.variables.hasOwnProperty).toBeUndefined();
    // Still plain data: it prints and compares like any object.
    expect(JSON.stringify(result.flow.layout)).toBe('{"nodes":{}}');
    expect(result.flow.layout.nodes).toEqual({});
  });
});

describe('parseFlow: nesting', () => {
  it(`refuses 10,000-deep nesting (text or value) at its pointer, without running out of stack`, () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const text = `{"format": "baton.flow", "version": 1, "id": "f", "name": "F", "nodes": [{"id": "n", "type": "end", "data": {"q": ${deep}}}]}`;
    for (const input of [text, JSON.parse(text) as unknown]) {
      const issue = firstIssue(parseFlow(input));
      expect(issue?.message).toBe(`The document nests more than ${MAX_JSON_DEPTH} levels deep here; a Baton flow never nests that deep`);
      expect(issue?.path).toBe('/nodes/0/data/q' + '/0'.repeat(MAX_JSON_DEPTH - 4));
    }
  });

  it('accepts the deepest real path of a flow', () => {
    const handover = { id: 'h', type: 'handover', data: { destination: { kind: 'voice', to: 'sip:a@example.com', attributes: [{ name: 'x-a', value: 'b' }] } } };
    expect(parseFlow({ ...minimal, nodes: [handover] }).ok).toBe(true);
  });
});
