import { channelBit, channelsOfMask } from '../analyzeFlow';
import { CHANNEL_LABELS, nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

const VOICE = channelBit('web_voice') | channelBit('phone_voice');

export const voiceChannels = defineRule({
  id: 'voiceChannels',
  source: SOURCES.twilioVoice,
  codes: [
    { code: 'voice.channel.browser', severity: 'error', summary: 'A voice handover can run on a browser (web voice) call; the provider rejects the transfer (no caller ID).' },
    { code: 'voice.channel.not_voice', severity: 'warning', summary: 'A voice handover can run on a channel that is not a call.' },
  ],
  run({ flow, graph }, report) {
    for (const { node } of handoversOf(graph, 'voice')) {
      const mask = graph.channelMask.get(node.id) ?? 0;
      if (mask & channelBit('web_voice')) {
        report('voice.channel.browser', {
          message: `${nameNode(node, flow)} can run on a Browser voice call, where Twilio rejects the transfer (a browser call has no caller ID for the new leg); put a Channel router before it and send web_voice elsewhere.`,
          nodeId: node.id,
          path: graph.nodePath(node.id),
        });
      }
      const other = channelsOfMask(mask & ~VOICE);
      if (other.length > 0) {
        report('voice.channel.not_voice', {
          message: `${nameNode(node, flow)} transfers a call but can run on ${other.map((c) => CHANNEL_LABELS[c]).join(', ')}, where there is no call; route those channels to a chat handover with a Channel router.`,
          nodeId: node.id,
          path: graph.nodePath(node.id),
        });
      }
    }
  },
});
