import { kindOf, nameNode, plural } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const disabledScenario = defineRule({
  id: 'disabledScenario',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'scenario.disabled.steps_never_run', severity: 'info', summary: 'Steps only a disabled scenario leads to never run while it is off.' },
  ],
  run({ flow, graph }, report) {
    // Nodes an enabled trigger reaches are already claimed; each remaining step is counted for the
    // first disabled trigger (document order) that reaches it, in one shared walk.
    const claimed = new Set(graph.reachable);
    for (const trigger of graph.disabledTriggers) {
      const only: string[] = [];
      for (const id of graph.walk([trigger.id], (node) => claimed.has(node.id) && node.id !== trigger.id)) {
        if (claimed.has(id)) continue;
        claimed.add(id);
        const node = graph.nodeById.get(id);
        if (node && kindOf(node).role === 'step') only.push(nameNode(node, flow));
      }
      if (only.length === 0) continue;
      report('scenario.disabled.steps_never_run', {
        message: `${nameNode(trigger, flow)} is off, so the ${plural(only.length, 'step')} only it leads to never run while the scenario is off (${only.slice(0, 5).join(', ')}${only.length > 5 ? ', …' : ''}).`,
        nodeId: trigger.id,
        path: graph.nodePath(trigger.id, 'data', 'enabled'),
      });
    }
  },
});
