import { describe, expect, it } from 'vitest';
import { generateFlow } from '../../bench/generateFlow';
import { validateFlow } from '../../src/rules/validateFlow';

describe('bench generateFlow', () => {
  it.each([100, 1000])('makes a valid %i-node flow of mixed kinds, 30 per row at a 200×60 pitch', (n) => {
    const flow = generateFlow(n);
    expect(flow.nodes).toHaveLength(n);
    expect(validateFlow(flow).filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = new Set(flow.nodes.map((node) => node.type));
    for (const kind of ['handover', 'note', 'message', 'condition', 'pause_bot', 'create_task', 'assign']) expect(kinds).toContain(kind);
    const handovers = flow.nodes.filter((node) => node.type === 'handover');
    expect(handovers.length).toBeLessThanOrEqual(6);
    const at = (i: number) => flow.layout.nodes[flow.nodes[i].id];
    expect(at(31)).toEqual({ x: 200, y: 60 });
  });
});
