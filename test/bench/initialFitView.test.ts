import { describe, expect, it } from 'vitest';
import { initialFitView, LARGE_FLOW_NODES } from '../../src/ui/canvas/initialFitView';
import { generateFlow } from '../../src/ui/bench/generateFlow';

describe('initialFitView', () => {
  it('leaves flows up to the limit to initialViewport', () => {
    expect(initialFitView(generateFlow(LARGE_FLOW_NODES))).toBeNull();
  });

  it('lets React Flow frame the first nodes added to an empty flow', () => {
    const options = initialFitView({ ...generateFlow(40), nodes: [] });
    expect(options).toMatchObject({ maxZoom: 1 });
    expect(options?.nodes).toBeUndefined();
  });

  it('opens a large flow on its triggers at a readable zoom', () => {
    const flow = generateFlow(LARGE_FLOW_NODES + 1);
    const options = initialFitView(flow)!;
    const triggerIds = flow.nodes.filter((n) => n.type.startsWith('trigger_')).map((n) => n.id);
    expect(options.nodes?.map((n) => n.id)).toEqual(triggerIds);
    expect(options.minZoom).toBeGreaterThanOrEqual(0.5);
  });

  it('falls back to the first node when a large flow has no trigger', () => {
    const flow = generateFlow(1000);
    const withoutTriggers = { ...flow, nodes: flow.nodes.filter((n) => !n.type.startsWith('trigger_')) };
    expect(initialFitView(withoutTriggers)?.nodes).toEqual([{ id: withoutTriggers.nodes[0].id }]);
  });
});
