import { nameNode } from '../../schema';
import type { FlowNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

// The conversation comes back to the bot at another handover's outcome or when a Pause bot resumes;
// the handover's own `resolved` port is never walked because the walk starts at `transferred`.
const givesBack = (node: FlowNode) => node.type === 'handover' || node.type === 'pause_bot';

export const botTalksOver = defineRule({
  id: 'botTalksOver',
  source: SOURCES.ownership,
  codes: [
    { code: 'ownership.bot_message_after_transfer', severity: 'error', summary: 'A bot Message can run after a handover transferred the conversation, before it comes back: the bot would talk over the person who now owns it.' },
  ],
  run({ flow, graph }, report) {
    // One breadth-first walk from every `transferred` port at once, remembering which handover got
    // to each node first, so the rule stays O(nodes + edges) however many handovers there are.
    const owner = new Map<string, string>();
    const queue: string[] = [];
    for (const node of graph.nodeById.values()) {
      const edge = node.type === 'handover' ? graph.outEdges.get(node.id)?.get('transferred') : undefined;
      if (!edge || owner.has(edge.target)) continue;
      owner.set(edge.target, node.id);
      queue.push(edge.target);
    }
    for (let i = 0; i < queue.length; i++) {
      const node = graph.nodeById.get(queue[i])!;
      const handover = graph.nodeById.get(owner.get(node.id)!)!;
      if (node.type === 'message') {
        report('ownership.bot_message_after_transfer', {
          message: `${nameNode(node, flow)} can run after ${nameNode(handover, flow)} transferred the conversation, so the bot would talk over the person who now owns it; move the message before the handover or after a Pause bot's "Resumed" port.`,
          nodeId: node.id,
          path: graph.nodePath(node.id, 'data', 'text'),
        });
      }
      if (givesBack(node)) continue;
      for (const edge of graph.outEdges.get(node.id)?.values() ?? []) {
        if (owner.has(edge.target)) continue;
        owner.set(edge.target, handover.id);
        queue.push(edge.target);
      }
    }
  },
});
