import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

/**
 * On Messenger a Pause bot's timer does not give the thread back: the inbox keeps it until it
 * passes control back (the handover's Resolved port). So, unlike other destinations, a Message
 * after a Pause bot's Resumed port, still downstream of a Messenger `transferred`, is the bot
 * sending in standby. (Before any Pause bot, ownership.bot_message_after_transfer reports it.)
 */
export const messengerStandby = defineRule({
  id: 'messengerStandby',
  source: SOURCES.messengerRouting,
  codes: [
    { code: 'messenger.standby.bot_message', severity: 'error', summary: "A bot Message can run after a Pause bot resumes while the Messenger inbox still owns the thread: the bot would send in standby, which Meta refuses." },
  ],
  run({ flow, graph }, report) {
    for (const { node: handover } of handoversOf(graph, 'messenger')) {
      const start = graph.outEdges.get(handover.id)?.get('transferred')?.target;
      if (!start) continue;
      // Each node is visited once before and once after a Pause bot, so the walk stays linear.
      const seen = new Set<string>();
      const queue: [string, boolean][] = [[start, false]];
      for (let i = 0; i < queue.length; i++) {
        const [id, afterPause] = queue[i];
        const key = `${id}:${afterPause}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const node = graph.nodeById.get(id);
        if (!node || node.type === 'handover') continue;
        if (node.type === 'message' && afterPause) {
          report('messenger.standby.bot_message', {
            message: `${nameNode(node, flow)} can run when a Pause bot resumes after ${nameNode(handover, flow)} passed the Messenger thread, but the inbox still owns it: the bot would send in standby. Connect the message to the handover's Resolved port instead.`,
            nodeId: node.id,
            path: graph.nodePath(node.id, 'data', 'text'),
          });
        }
        for (const edge of graph.outEdges.get(id)?.values() ?? []) queue.push([edge.target, afterPause || node.type === 'pause_bot']);
      }
    }
  },
});
