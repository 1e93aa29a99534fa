import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/rules/validateFlow';
import { parseFlow } from '../../src/schema/parseFlow';
import { exportFlowJson } from '../../src/storage/exportFlowJson';
import { importFlowText } from '../../src/storage/importFlowText';
import { checkImport, judgeResult } from './checkImport';
import { flowArbitrary } from './flowArbitrary';
import { DEEP_NESTING, HUGE_STRING_LENGTH, MUTATION_KINDS, mutateFlowText, type Mutation } from './mutateFlow';
import { loadExampleDocs, runImportFuzz } from './runImportFuzz';

// Issue 11, item 4: hostile input tried at scale. This is the bounded run inside `npm test`;
// `npm run fuzz` runs 10,000 mutations through the same generator and checks.

describe('export → import', () => {
  it('gives back every generated valid flow unchanged, and the same file again', () => {
    fc.assert(
      fc.property(flowArbitrary, (flow) => {
        const text = exportFlowJson(flow);
        const result = importFlowText(text);
        if (!result.ok) throw new Error(`${result.issues[0].path}: ${result.issues[0].message}`);
        expect(result.flow).toEqual({ ...flow, $schema: './baton-flow.schema.json' });
        expect(exportFlowJson(result.flow)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('any JSON value', () => {
  const flowish = fc.record(
    {
      format: fc.oneof(fc.constant('baton.flow'), fc.jsonValue({ maxDepth: 1 })),
      version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 0.5), fc.jsonValue({ maxDepth: 1 })),
      id: fc.oneof(fc.constantFrom('f', '__proto__', 'constructor', ''), fc.jsonValue({ maxDepth: 1 })),
      name: fc.jsonValue({ maxDepth: 1 }),
      nodes: fc.oneof(fc.array(fc.record({ id: fc.string(), type: fc.constantFrom('end', 'message', 'handover', 'x'), data: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] })), fc.jsonValue({ maxDepth: 2 })),
      edges: fc.jsonValue({ maxDepth: 3 }),
      layout: fc.oneof(fc.record({ nodes: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })) }), fc.jsonValue({ maxDepth: 2 })),
      settings: fc.jsonValue({ maxDepth: 3 }),
      tests: fc.jsonValue({ maxDepth: 4 }),
    },
    { requiredKeys: [] },
  );

  it('yields a flow the schema passes or issues with a JSON pointer and a message, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), flowish), (value) => {
        const viaValue = judgeResult(parseFlow(value));
        expect(viaValue.kind === 'accepted' || viaValue.kind === 'refused', JSON.stringify(viaValue)).toBe(true);
        for (const asValue of [false, true]) {
          const outcome = checkImport(JSON.stringify(value) ?? 'null', { asValue });
          expect(outcome.kind === 'accepted' || outcome.kind === 'refused', JSON.stringify(outcome)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('mutations of the example flows', () => {
  const bases = loadExampleDocs();
  const voice = bases.find((b) => b.name === 'voice-zendesk.baton.json')!;
  const run = (...mutations: Mutation[]) => importFlowText(mutateFlowText(voice.doc, mutations));

  it('a bounded run: every mutation kind tried, none crashes, every refusal has a pointer and a message', () => {
    const seed = Date.now() % 2 ** 31;
    const counts = runImportFuzz({ runs: 250, seed });
    expect(counts.failures, `seed ${seed}`).toEqual([]);
    expect(counts).toMatchObject({ tried: 500, crashed: 0, badRefusals: 0 });
    expect(counts.accepted + counts.refused).toBe(500);
    for (const kind of MUTATION_KINDS) expect(counts.byKind[kind].tried, kind).toBeGreaterThan(0);
  });

  it('a 100,000-character string is refused where a field has a limit', () => {
    const result = run({ kind: 'huge-string', at: 0 });
    const text = mutateFlowText(voice.doc, [{ kind: 'huge-string', at: 0 }]);
    expect(text).toContain('x'.repeat(HUGE_STRING_LENGTH));
    expect(judgeResult(result).kind).not.toBe('crashed');
    const named = importFlowText(JSON.stringify({ ...(voice.doc as object), name: 'x'.repeat(HUGE_STRING_LENGTH) }));
    expect(!named.ok && named.issues[0]).toEqual({ path: '/name', message: 'Too big: expected string to have <=200 characters' });
  });

  it(`${DEEP_NESTING.toLocaleString('en')}-deep nesting is refused at its pointer, as text and as a value`, () => {
    for (const shape of ['array', 'object'] as const) {
      const text = mutateFlowText(voice.doc, [{ kind: 'deep-nesting', at: 3, shape }]);
      for (const asValue of [false, true]) {
        const outcome = checkImport(text, { asValue });
        expect(outcome.kind).toBe('refused');
        expect(outcome.kind === 'refused' && outcome.first).toMatch(/^\/.*: The document nests more than 64 levels deep here/);
      }
    }
  });

  it('duplicate ids and dangling edges are accepted as written and named by the Problems tab', () => {
    const doc = JSON.parse(JSON.stringify(voice.doc));
    doc.nodes[1].id = doc.nodes[0].id;
    doc.edges[0].target = 'no-such-node';
    const result = importFlowText(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.issues[0].message);
    const codes = validateFlow(result.flow).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['structure.duplicate_node_id', 'structure.edge_missing_target']));
  });

  it('__proto__ keys anywhere and reserved ids are refused at their pointer; Object.prototype stays clean', () => {
    for (let at = 0; at < 40; at++) {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const outcome = checkImport(mutateFlowText(voice.doc, [{ kind: 'proto-key', at, key, value: { polluted: 1 } }]), { asValue: at % 2 === 0 });
        if (key === '__proto__') expect(outcome.kind === 'refused' && outcome.first).toMatch(/\/__proto__: "__proto__" is not allowed as a key/);
        else expect(['accepted', 'refused']).toContain(outcome.kind);
        const reserved = checkImport(mutateFlowText(voice.doc, [{ kind: 'reserved-id', at, key }]));
        expect(reserved.kind === 'refused' && reserved.first, `${key} @${at}`).toMatch(/^\/\S+: .*(reserved|not allowed)/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
