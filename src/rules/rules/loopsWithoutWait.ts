import { defineRule } from '../defineRule';
import { nameNode } from '../nameNode';
import { SOURCES } from '../sources';

export const loopsWithoutWait = defineRule({
  id: 'loopsWithoutWait',
  source: SOURCES.format,
  codes: [
    { code: 'structure.cycle_without_wait', severity: 'error', summary: 'A loop with no Handover or Pause bot in it would run forever within one turn.' },
  ],
  run({ graph }, report) {
    for (const loop of graph.loops) {
      const names = loop.slice(0, 5).map((id) => nameNode(graph.nodeById.get(id)!));
      const more = loop.length > 5 ? ` and ${loop.length - 5} more` : '';
      report('structure.cycle_without_wait', {
        message: `${names.join(', ')}${more} form a loop that waits for nothing (no Handover or Pause bot), so the bot would go round it forever; break the loop or route it through a wait.`,
        nodeId: loop[0],
        path: graph.nodePath(loop[0]),
      });
    }
  },
});
