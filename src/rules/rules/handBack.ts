import { nameNode } from '../../schema';
import type { FlowNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

const handBackMinutes = (node: FlowNode) => (node.type === 'handover' ? node.data.handBackAfterIdleMinutes : undefined);

/**
 * Who owns the conversation after a handover, and how it comes back (the hand back). Complements
 * botTalksOver, which follows each Transferred port up to the next Handover or Pause bot: a second
 * Handover reached while a person holds the conversation does not always take it — its No agents
 * port leaves at once and the first person still holds it — so a Message after it is the bot talking
 * over that person. This rule follows exactly those paths (and reports only what botTalksOver cannot
 * reach), and checks the idle hand back's setting.
 */
export const handBack = defineRule({
  id: 'handBack',
  source: SOURCES.handBack,
  codes: [
    { code: 'ownership.bot_message_while_held', severity: 'error', summary: "A bot Message can run while a person or the inbox still owns the conversation: after a Transferred port, a second handover's No agents port leaves at once without taking the conversation back, so the bot would talk over the person." },
    { code: 'ownership.hand_back.resolved_unconnected', severity: 'warning', summary: "The handover hands the conversation back after a silence, but its Resolved port leads nowhere: the bot owns the conversation again and says nothing (no satisfaction question, no follow-up)." },
    { code: 'ownership.hand_back.voice', severity: 'warning', summary: 'An idle hand back on a voice handover never runs: a transferred call cannot come back to the bot.' },
  ],
  run({ flow, graph }, report) {
    for (const { node } of handoversOf(graph, 'live_chat', 'zendesk', 'messenger', 'voice')) {
      const minutes = handBackMinutes(node);
      if (minutes === undefined) continue;
      const path = graph.nodePath(node.id, 'data', 'handBackAfterIdleMinutes');
      if (node.data.destination.kind === 'voice') {
        report('ownership.hand_back.voice', { message: `${nameNode(node, flow)} hands back after ${minutes} idle minutes, but it transfers a call, which cannot come back to the bot; remove the setting.`, nodeId: node.id, path });
      } else if (!graph.outEdges.get(node.id)?.get('resolved')) {
        report('ownership.hand_back.resolved_unconnected', {
          message: `${nameNode(node, flow)} hands the conversation back after ${minutes} idle minutes, but its Resolved port is not connected, so the bot takes it back and says nothing; connect Resolved (for example to a satisfaction question).`,
          nodeId: node.id,
          path,
        });
      }
    }

    // One walk from every Transferred port: state 0 = held, reached the way botTalksOver walks;
    // state 1 = still held, reached only through a later handover's No agents port. Linear: each
    // node is visited at most once per state.
    const reached = [new Map<string, string>(), new Map<string, string>()];
    const queue: [id: string, state: 0 | 1, holder: string][] = [];
    const push = (id: string | undefined, state: 0 | 1, holder: string) => {
      if (id === undefined || reached[state].has(id)) return;
      reached[state].set(id, holder);
      queue.push([id, state, holder]);
    };
    for (const { node } of handoversOf(graph, 'live_chat', 'zendesk', 'messenger', 'voice')) push(graph.outEdges.get(node.id)?.get('transferred')?.target, 0, node.id);
    for (let i = 0; i < queue.length; i++) {
      const [id, state, holder] = queue[i];
      const node = graph.nodeById.get(id);
      if (!node || node.type === 'pause_bot') continue;
      if (node.type === 'handover') {
        // The queue is skipped when nobody is available: the person who holds it keeps it.
        push(graph.outEdges.get(id)?.get('no_agents')?.target, 1, holder);
        continue;
      }
      for (const edge of graph.outEdges.get(id)?.values() ?? []) push(edge.target, state, holder);
    }
    for (const [id, holder] of reached[1]) {
      const node = graph.nodeById.get(id);
      if (node?.type !== 'message' || reached[0].has(id)) continue;
      report('ownership.bot_message_while_held', {
        message: `${nameNode(node, flow)} can run after another handover's No agents port while ${nameNode(graph.nodeById.get(holder)!, flow)} still holds the conversation (No agents does not take it back), so the bot would talk over the person; move the message after a Resolved port or a Pause bot's Resumed port.`,
        nodeId: id,
        path: graph.nodePath(id, 'data', 'text'),
      });
    }
  },
});
