import { kindOf, nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const reachability = defineRule({
  id: 'reachability',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'structure.no_enabled_trigger', severity: 'error', summary: 'No enabled trigger: handover only runs when an enabled scenario fires, so nothing ever runs.' },
    { code: 'structure.unreachable', severity: 'warning', summary: 'A step no trigger leads to; it never runs.' },
  ],
  run({ flow, graph }, report) {
    if (graph.enabledTriggers.length === 0) {
      const disabled = graph.disabledTriggers[0];
      report('structure.no_enabled_trigger', {
        message: disabled
          ? `Every trigger is disabled, so the flow never runs; enable ${nameNode(disabled, flow)} or another scenario.`
          : 'The flow has no trigger, so it never runs; add a scenario such as Human requested.',
        ...(disabled ? { nodeId: disabled.id, path: graph.nodePath(disabled.id, 'data', 'enabled') } : { path: '/nodes' }),
      });
      // Every step is unreachable now; one error says it better than a warning per node.
      return;
    }
    // Steps that only a disabled scenario leads to are the disabledScenario rule's (an info).
    const fromDisabled = graph.walk(graph.disabledTriggers.map((t) => t.id));
    for (const node of graph.nodeById.values()) {
      if (kindOf(node).role !== 'step' || graph.reachable.has(node.id) || fromDisabled.has(node.id)) continue;
      report('structure.unreachable', {
        message: `${nameNode(node, flow)} is not reachable from any trigger, so it never runs; connect it or delete it.`,
        nodeId: node.id,
        path: graph.nodePath(node.id),
      });
    }
  },
});
