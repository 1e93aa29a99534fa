import { describe, expect, it } from 'vitest';
import { createNode } from '../../src/schema/createNode';
import type { Flow } from '../../src/schema/flow';
import { describeFlowDiff } from '../../src/storage/describeFlowDiff';
import { diffFlows } from '../../src/storage/diffFlows';
import { makeFlow } from './helpers';

function edit(flow: Flow, change: (draft: Flow) => void): Flow {
  const copy = structuredClone(flow);
  change(copy);
  return copy;
}

describe('diffFlows', () => {
  it('finds nothing between a flow and its copy', () => {
    const flow = makeFlow();
    expect(describeFlowDiff(diffFlows(flow, structuredClone(flow)))).toEqual([]);
  });

  it('reports changed fields readably, by node id', () => {
    const a = makeFlow();
    const b = edit(a, (d) => {
      const pause = d.nodes.find((n) => n.id === 'p1')!;
      if (pause.type === 'pause') pause.data.seconds = 1.5;
      const handover = d.nodes.find((n) => n.id === 'h1')!;
      if (handover.type === 'handover' && handover.data.destination.kind === 'voice') handover.data.destination.to = 'sip:agent@example.com';
      d.nodes.find((n) => n.id === 'm1')!.title = 'Final message';
    });
    const diff = diffFlows(a, b);
    expect(diff.changed).toEqual([
      { nodeId: 'm1', label: 'Final message (m1)', fields: [{ path: 'title', before: undefined, after: 'Final message' }] },
      { nodeId: 'p1', label: 'Pause p1', fields: [{ path: 'seconds', before: 1, after: 1.5 }] },
      { nodeId: 'h1', label: 'Handover h1', fields: [{ path: 'destination.to', before: '+12025551234', after: 'sip:agent@example.com' }] },
    ]);
    expect(describeFlowDiff(diff)).toContain('Pause p1: seconds 1 → 1.5');
    expect(describeFlowDiff(diff)).toContain('Handover h1: destination.to +12025551234 → sip:agent@example.com');
  });

  it('lists added and removed nodes and edges, and flow-level changes', () => {
    const a = makeFlow();
    const b = edit(a, (d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'n1');
      d.nodes.push(createNode('add_tag', 'tag1'));
      d.edges = d.edges.filter((e) => e.id !== 'e3');
      d.edges.push({ id: 'e4', source: 'p1', sourcePort: 'next', target: 'tag1' });
      d.name = 'Renamed';
      d.settings.voice.recording = true;
      d.layout.nodes.p1 = { x: 1, y: 1 };
      d.tests = [];
    });
    const diff = diffFlows(a, b);
    expect(diff.added).toEqual([{ id: 'tag1', type: 'add_tag', label: 'Add tag tag1' }]);
    expect(diff.removed).toEqual([{ id: 'n1', type: 'note', label: 'Note n1' }]);
    expect(diff.edges).toEqual({
      added: [{ id: 'e4', source: 'p1', sourcePort: 'next', target: 'tag1' }],
      removed: [{ id: 'e3', source: 'p1', sourcePort: 'next', target: 'h1' }],
    });
    expect(diff.settingsChanged).toEqual(['name', 'settings.voice', 'tests', 'layout (1 node moved)']);
    expect(describeFlowDiff(diff)).toEqual(expect.arrayContaining(['Added Add tag tag1', 'Removed Note n1', 'Connected p1 (next) → tag1', 'Renamed the flow to “Renamed”']));
  });

  it('treats a changed node type as one change, not a field-by-field mess', () => {
    const a = makeFlow();
    const b = edit(a, (d) => {
      d.nodes[2] = createNode('end', 'p1');
    });
    expect(diffFlows(a, b).changed[0].fields.map((f) => f.path)).toEqual(['type', 'data']);
  });
});
