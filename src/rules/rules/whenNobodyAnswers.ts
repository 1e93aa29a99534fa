import { isSupportedCountry } from 'libphonenumber-js';
import { CHANNEL_LABELS, nameNode, TRANSCRIBE_MAX_SECONDS, type FlowNode } from '../../schema';
import { channelBit, channelsOfMask } from '../analyzeFlow';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

const VOICE = channelBit('web_voice') | channelBit('phone_voice');
/** Steps the caller would hear, or that need the call: none can follow a voicemail. */
const SPEAKS = new Set<FlowNode['type']>(['message', 'pause', 'handover', 'voicemail', 'offer_callback']);

export const whenNobodyAnswers = defineRule({
  id: 'whenNobodyAnswers',
  source: SOURCES.whenNobodyAnswers,
  codes: [
    { code: 'voice.no_agents.unconnected', severity: 'warning', summary: 'A transfer to a Zendesk Talk line has no No agents fallback: with no agent available, or the line closed, Zendesk drops the call.' },
    { code: 'voice.line.calendar_missing', severity: 'error', summary: "A voice transfer's line hours name a calendar the flow settings do not define." },
    { code: 'voicemail.channel.not_voice', severity: 'error', summary: 'Voicemail can run on a channel that is not a call, where there is nothing to record.' },
    { code: 'voicemail.spoken_after', severity: 'error', summary: 'A step after Voicemail speaks or needs the call (Message, Pause, Handover, Voicemail, Offer callback); the call ends with the recording.' },
    { code: 'voicemail.transcribe.too_long', severity: 'warning', summary: 'Voicemail asks for a transcription but records more than 2 minutes; Twilio transcribes only recordings of 2 minutes or less.' },
    { code: 'callback.number.unchecked', severity: 'warning', summary: 'Offer callback takes any digits without checking the number, so the callback may go to a wrong number (Zendesk wants E.164).' },
    { code: 'callback.country.unknown', severity: 'error', summary: "Offer callback's default country is not one libphonenumber-js knows, so no national number can be read." },
  ],
  run({ flow, graph }, report) {
    const calendars = new Set(flow.settings.calendars.map((c) => c.id));
    for (const { node, destination } of handoversOf(graph, 'voice')) {
      const calendarId = destination.hoursCalendarId ?? '';
      if (calendarId !== '' && !calendars.has(calendarId)) {
        report('voice.line.calendar_missing', {
          message: `${nameNode(node, flow)} reads the line's hours from calendar "${calendarId}", which the flow settings do not define; add it in Flow settings → Calendars or clear the field.`,
          nodeId: node.id,
          path: graph.nodePath(node.id, 'data', 'destination', 'hoursCalendarId'),
        });
      }
      if (destination.line === 'zendesk_talk' && !graph.outEdges.get(node.id)?.has('no_agents')) {
        report('voice.no_agents.unconnected', {
          message: `${nameNode(node, flow)} transfers to a Zendesk Talk line, and its "No agents" port is not connected: with no agent available or the line closed, Zendesk drops the call. Connect a Voicemail, a Create ticket or an Offer callback.`,
          nodeId: node.id,
          path: graph.nodePath(node.id),
        });
      }
    }

    for (const node of graph.nodeById.values()) {
      if (node.type === 'voicemail') {
        const other = channelsOfMask((graph.channelMask.get(node.id) ?? 0) & ~VOICE);
        if (other.length > 0) {
          report('voicemail.channel.not_voice', {
            message: `${nameNode(node, flow)} can run on ${other.map((c) => CHANNEL_LABELS[c]).join(', ')}, where there is no call to record; send those channels elsewhere with a Channel router (a Create ticket or an Offer callback works on chats).`,
            nodeId: node.id,
            path: graph.nodePath(node.id),
          });
        }
        if (node.data.transcribe && node.data.maxLengthSeconds > TRANSCRIBE_MAX_SECONDS) {
          report('voicemail.transcribe.too_long', {
            message: `${nameNode(node, flow)} records up to ${node.data.maxLengthSeconds} s and asks for a transcription; Twilio transcribes only recordings of ${TRANSCRIBE_MAX_SECONDS} s or less, so a long message gets none. Lower the maximum length or turn transcription off.`,
            nodeId: node.id,
            path: graph.nodePath(node.id, 'data', 'maxLengthSeconds'),
          });
        }
        const next = graph.outEdges.get(node.id)?.get('next');
        const after = next ? graph.walk([next.target]) : new Set<string>();
        for (const id of after) {
          const step = graph.nodeById.get(id);
          if (!step || !SPEAKS.has(step.type)) continue;
          report('voicemail.spoken_after', {
            message: `${nameNode(step, flow)} can run after ${nameNode(node, flow)}, but the caller is recording and the call ends with the message; only follow-up steps (Create ticket, Create task, Add tag, Assign) belong there.`,
            nodeId: step.id,
            path: graph.nodePath(step.id),
          });
        }
      }
      if (node.type === 'offer_callback') {
        if (!node.data.validateNumber) {
          report('callback.number.unchecked', {
            message: `${nameNode(node, flow)} takes any 7–15 digits as the callback number without checking it; turn on "Validate number" so a mistyped or misheard number is asked again (Zendesk's callback request wants E.164).`,
            nodeId: node.id,
            path: graph.nodePath(node.id, 'data', 'validateNumber'),
          });
        } else if (!isSupportedCountry(node.data.defaultCountry)) {
          report('callback.country.unknown', {
            message: `${nameNode(node, flow)}: "${node.data.defaultCountry}" is not a country libphonenumber-js knows, so a number said without + cannot be read; use an ISO 3166-1 alpha-2 code such as US or DE.`,
            nodeId: node.id,
            path: graph.nodePath(node.id, 'data', 'defaultCountry'),
          });
        }
      }
    }
  },
});
