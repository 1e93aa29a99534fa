import { nameNode, portsOf, type Flow } from '../../schema';
import type { FlowAnalysis } from '../analyzeFlow';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

/** The waiting steps in a loop that leave it at once, and how: `Handover "Queue" leaves by No agents at once when …`. */
function waitsSkipped(flow: Flow, graph: FlowAnalysis, loop: readonly string[]): string[] {
  const members = new Set(loop);
  const skipped: string[] = [];
  for (const id of loop) {
    const node = graph.nodeById.get(id)!;
    for (const [port, edge] of graph.outEdges.get(id) ?? []) {
      const how = members.has(edge.target) ? graph.whyLeavesAtOnce(node, port) : null;
      if (how === null) continue;
      const label = portsOf(node).find((p) => p.id === port)?.label ?? port;
      skipped.push(`${nameNode(node, flow)} leaves by ${label} at once ${how}`);
    }
  }
  return skipped;
}

export const loopsWithoutWait = defineRule({
  id: 'loopsWithoutWait',
  source: SOURCES.format,
  codes: [
    {
      code: 'structure.cycle_without_wait',
      severity: 'error',
      summary:
        'A loop that waits for nothing would run forever within one turn: it passes no Handover or Pause bot, or leaves one by a port taken at once (a live chat’s No agents, Messenger’s Transferred, a browser call’s Rejected, a 0-minute pause).',
    },
  ],
  run({ flow, graph }, report) {
    for (const loop of graph.loops) {
      const names = loop.slice(0, 5).map((id) => nameNode(graph.nodeById.get(id)!, flow));
      const more = loop.length > 5 ? ` and ${loop.length - 5} more` : '';
      const skipped = waitsSkipped(flow, graph, loop);
      const why = skipped.length > 0 ? `waits for nothing (${skipped.join('; ')})` : 'waits for nothing (no Handover or Pause bot)';
      report('structure.cycle_without_wait', {
        message: `${names.join(', ')}${more} form a loop that ${why}, so the bot would go round it forever; break the loop or route it through a wait.`,
        nodeId: loop[0],
        path: graph.nodePath(loop[0]),
      });
    }
  },
});
