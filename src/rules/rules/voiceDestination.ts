import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';
import { classifyDestination } from '../voice/classifyDestination';

export const voiceDestination = defineRule({
  id: 'voiceDestination',
  source: SOURCES.sipUri,
  codes: [
    { code: 'voice.destination.empty', severity: 'error', summary: 'A voice handover has no destination to transfer the call to.' },
    { code: 'voice.destination.invalid', severity: 'error', summary: 'The voice destination is neither an E.164 number nor a valid sip:/sips: URI (under 255 characters).' },
    { code: 'voice.destination.not_possible', severity: 'warning', summary: 'The E.164 number is well formed but not a possible number for its country.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'voice')) {
      // A call waiting in a Twilio queue dials nobody: the queue rules check it (voiceQueue).
      if (destination.queue) continue;
      const path = graph.nodePath(node.id, 'data', 'destination', 'to');
      const info = classifyDestination(destination.to);
      if (destination.to.trim() === '') {
        report('voice.destination.empty', {
          message: `${nameNode(node, flow)} has no destination; enter an E.164 number (+12025551234) or a SIP URI (sip:agent@example.com).`,
          nodeId: node.id,
          path,
        });
      } else if (info.kind === 'invalid') {
        report('voice.destination.invalid', { message: `${nameNode(node, flow)}: ${info.reason}`, nodeId: node.id, path });
      } else if (info.kind === 'e164' && !info.possible) {
        const where = info.country ? `in ${info.country}` : 'for any country calling code';
        report('voice.destination.not_possible', {
          message: `${nameNode(node, flow)}: ${info.number} is not a possible phone number ${where} (wrong length or prefix); check the digits.`,
          nodeId: node.id,
          path,
        });
      }
    }
  },
});
