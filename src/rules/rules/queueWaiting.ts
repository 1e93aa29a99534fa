import { nameNode, WAITING_PLACEHOLDERS } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

/**
 * The waiting experience of a queued handover (live chat, Zendesk, a call in a Twilio queue): messages the user would never
 * hear, an offer nobody can take up, and words sent to a user who has already left the queue.
 */
export const queueWaiting = defineRule({
  id: 'queueWaiting',
  source: SOURCES.queueWaiting,
  codes: [
    { code: 'waiting.after_timeout', severity: 'warning', summary: 'The first waiting message (or the callback offer) is due only after the queue timeout has taken the user out of the queue, so it is never sent.' },
    { code: 'waiting.callback.unconnected', severity: 'warning', summary: 'A callback is offered but the Callback port leads nowhere: a user who accepts stays in the queue and nobody calls back.' },
    { code: 'waiting.callback.no_phrases', severity: 'warning', summary: 'A callback is offered but no reply phrase can accept it.' },
    { code: 'waiting.no_status', severity: 'info', summary: 'The waiting message says neither {{queue_position}} nor {{estimated_wait}}, so the user does not learn where they stand.' },
    { code: 'waiting.message_after_left', severity: 'warning', summary: 'A bot message follows the User left port: the user has gone, so nobody reads it; create a task or tag instead.' },
  ],
  run({ flow, graph }, report) {
    const queued = [...handoversOf(graph, 'live_chat', 'zendesk'), ...handoversOf(graph, 'voice').filter((h) => h.destination.queue)];
    for (const { node, destination } of queued) {
      const waiting = destination.waiting;
      if (!waiting) continue;
      // A caller in a Twilio queue leaves after its longest wait by No answer; a chat by Queue timeout.
      const timeoutPort = destination.kind === 'voice' ? 'no_answer' : 'timeout';
      const name = nameNode(node, flow);
      const at = (...keys: string[]) => graph.nodePath(node.id, 'data', 'destination', 'waiting', ...keys);
      const ports = graph.outEdges.get(node.id);
      const timeout = destination.kind === 'voice' ? (destination.queue?.maxWaitMinutes ?? 0) : destination.queueTimeoutMinutes;
      if (ports?.has(timeoutPort) && waiting.everyMinutes >= timeout) {
        report('waiting.after_timeout', {
          message: `${name}: the first waiting message is due after ${waiting.everyMinutes} min, but the queue timeout takes the user out after ${timeout} min, so it is never sent. Send it more often or wait longer.`,
          nodeId: node.id,
          path: at('everyMinutes'),
        });
      }
      if (!/\{\{\s*(queue_position|estimated_wait)\s*\}\}/.test(waiting.message)) {
        report('waiting.no_status', {
          message: `${name}: the waiting message does not say ${WAITING_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' or ')}, so the user does not learn where they stand in the queue.`,
          nodeId: node.id,
          path: at('message'),
        });
      }
      if (waiting.offerCallbackAfterMinutes !== null) {
        if (ports?.has(timeoutPort) && waiting.offerCallbackAfterMinutes >= timeout) {
          report('waiting.after_timeout', {
            message: `${name}: the callback is offered after ${waiting.offerCallbackAfterMinutes} min, but the queue timeout takes the user out after ${timeout} min, so it is never offered.`,
            nodeId: node.id,
            path: at('offerCallbackAfterMinutes'),
          });
        }
        if (!ports?.has('callback')) {
          report('waiting.callback.unconnected', {
            message: `${name} offers a callback, but the Callback port is not connected: a user who accepts stays in the queue and nobody calls back. Connect it to a confirmation and a Create task (or an Offer callback step).`,
            nodeId: node.id,
            path: at('offerCallbackAfterMinutes'),
          });
        }
        if (!waiting.callbackPhrases.some((p) => p.trim() !== '')) {
          report('waiting.callback.no_phrases', {
            message: `${name} offers a callback, but there is no reply phrase to accept it; add one such as "call me back".`,
            nodeId: node.id,
            path: at('callbackPhrases'),
          });
        }
      }
      const left = ports?.get('abandoned');
      if (left) {
        const after = graph.walk([left.target], (n) => n.type === 'handover' || n.type === 'pause_bot');
        for (const id of after) {
          const step = graph.nodeById.get(id);
          if (step?.type !== 'message') continue;
          report('waiting.message_after_left', {
            message: `${nameNode(step, flow)} follows the User left port of ${name}: the user has left the queue, so nobody reads it. Create a task or add a tag instead.`,
            nodeId: step.id,
            path: graph.nodePath(step.id),
          });
        }
      }
    }
  },
});
