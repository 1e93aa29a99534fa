import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';
import { classifyDestination } from '../voice/classifyDestination';
import { filterSipHeaders, SIP_HEADER_BUDGET } from '../voice/filterSipHeaders';
import { parseUserToUser } from '../voice/parseUserToUser';

export const sipHeaders = defineRule({
  id: 'sipHeaders',
  source: SOURCES.twilioSipHeaders,
  codes: [
    { code: 'voice.header.dropped', severity: 'warning', summary: 'An attribute’s header name is outside Twilio’s allow-list (13252) or reserved X-Twilio* (32113); the provider drops it silently.' },
    { code: 'voice.headers.too_long', severity: 'error', summary: 'Header names and values, URL-encoded, exceed 1024 characters (Twilio 21227).' },
    { code: 'voice.attributes.ignored', severity: 'warning', summary: 'Attributes on a phone-number destination are ignored: SIP headers only travel to SIP URIs.' },
    { code: 'voice.uui.not_hex', severity: 'warning', summary: 'A User-to-User value declares encoding=hex but its data is not hex digits (RFC 7433).' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'voice')) {
      const attributes = destination.attributes;
      if (attributes.length === 0) continue;
      const at = (...keys: (string | number)[]) => graph.nodePath(node.id, 'data', 'destination', 'attributes', ...keys);
      if (classifyDestination(destination.to).kind === 'e164') {
        report('voice.attributes.ignored', {
          message: `${nameNode(node, flow)} transfers to a phone number, so ${attributes.length === 1 ? 'its attribute is' : `its ${attributes.length} attributes are`} ignored; SIP headers only travel to a SIP URI destination. Remove them or transfer to sip:…`,
          nodeId: node.id,
          path: at(),
        });
        continue;
      }
      attributes.forEach((attribute, index) => {
        const { dropped, kept } = filterSipHeaders([attribute]);
        if (dropped.length > 0) {
          report('voice.header.dropped', {
            message: `${nameNode(node, flow)}: header ${dropped[0].reason}, so Twilio drops it silently. ${suggestRename(attribute.name)}`,
            nodeId: node.id,
            path: at(index, 'name'),
          });
        } else if (kept[0].name.toLowerCase() === 'user-to-user' && !parseUserToUser(attribute.value).dataMatchesEncoding) {
          report('voice.uui.not_hex', {
            message: `${nameNode(node, flow)}: the User-to-User value says encoding=hex but "${parseUserToUser(attribute.value).data}" is not pairs of hex digits (RFC 7433); hex-encode the data or drop ;encoding=hex.`,
            nodeId: node.id,
            path: at(index, 'value'),
          });
        }
      });
      const { encodedLength } = filterSipHeaders(attributes);
      if (encodedLength > SIP_HEADER_BUDGET) {
        report('voice.headers.too_long', {
          message: `${nameNode(node, flow)}: the SIP headers take ${encodedLength} characters URL-encoded; the limit is ${SIP_HEADER_BUDGET} (Twilio 21227). Shorten or remove values.`,
          nodeId: node.id,
          path: at(),
        });
      }
    }
  },
});

/** A name the allow-list keeps: X-Twilio* is reserved, so suggest dropping that prefix. */
function suggestRename(name: string): string {
  const base = name.replace(/^x-twilio-?/i, '').replace(/^x-/i, '').trim() || 'Name';
  return `Rename it to X-${base} or remove it.`;
}
