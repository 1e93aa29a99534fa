import { handoverPortsOf, nameNode, VOICE_FAILURE_PORTS } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

const LABEL: Record<(typeof VOICE_FAILURE_PORTS)[number], string> = { busy: 'Busy', no_answer: 'No answer', rejected: 'Rejected' };

export const voiceFailurePorts = defineRule({
  id: 'voiceFailurePorts',
  source: SOURCES.twilioVoice,
  codes: [
    { code: 'voice.port.unconnected', severity: 'warning', summary: 'A voice failure port (busy, no answer, rejected) leads nowhere: the call drops, as Twilio never retries.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'voice')) {
      const ports = graph.outEdges.get(node.id);
      // A Twilio queue is never busy (handoverPortsOf): only the ports the handover has.
      const has = handoverPortsOf(destination);
      for (const port of VOICE_FAILURE_PORTS) {
        if (ports?.has(port) || !has.includes(port)) continue;
        report('voice.port.unconnected', {
          message: `${nameNode(node, flow)}: the "${LABEL[port]}" port is not connected, so on ${LABEL[port].toLowerCase()} the call just drops (Twilio never retries); connect a fallback such as another number or a message.`,
          nodeId: node.id,
          path: graph.nodePath(node.id),
        });
      }
    }
  },
});
