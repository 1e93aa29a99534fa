import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/rules/validateDocument';
import { chatFlow } from './helpers';

describe('validateDocument', () => {
  it('reports an unknown node type as schema.unknown_node_type at its exact path, naming the node', () => {
    const raw = { format: 'baton.flow', version: 1, id: 'f', name: 'F', nodes: [{ id: 'fax', type: 'fax_machine', data: {} }] };
    const { flow, diagnostics } = validateDocument(raw);
    expect(flow).toBeNull();
    expect(diagnostics[0]).toMatchObject({ code: 'schema.unknown_node_type', severity: 'error', path: '/nodes/0/type', nodeId: 'fax', rule: 'schemaShape' });
    expect(diagnostics[0].message).toMatch(/^Unknown type "fax_machine"\. Expected .*'handover'/);
  });

  it('keeps schema.invalid for a missing node type and for wrong fields elsewhere', () => {
    const raw = { format: 'baton.flow', version: 1, id: 'f', name: 'F', nodes: [{ id: 'blank', data: {} }] };
    const { diagnostics } = validateDocument(raw);
    expect(diagnostics[0]).toMatchObject({ code: 'schema.invalid', path: '/nodes/0/type', nodeId: 'blank' });
    expect(diagnostics[0].message).toMatch(/^Missing "type"/);
  });

  it('points at a wrong field inside node data', () => {
    const doc = structuredClone(chatFlow()) as unknown as { nodes: { data: Record<string, unknown> }[] };
    doc.nodes[4].data.text = 42;
    const { diagnostics } = validateDocument(doc);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'schema.invalid', path: '/nodes/4/data/text', nodeId: 'sorry' })]);
  });

  it('reports bad JSON text as one schema.invalid with a position', () => {
    const { flow, diagnostics } = validateDocument('{"format": ');
    expect(flow).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/JSON/);
  });

  it('runs the rules on a document that parses', () => {
    const doc = structuredClone(chatFlow());
    doc.edges.push({ id: 'dup', source: 'ghost', sourcePort: 'next', target: 'e' });
    const { flow, diagnostics } = validateDocument(JSON.stringify(doc));
    expect(flow?.nodes).toHaveLength(6);
    expect(diagnostics.map((d) => d.code)).toEqual(['structure.edge_missing_source']);
  });
});
