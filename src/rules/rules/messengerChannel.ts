import { CHANNEL_LABELS, nameNode } from '../../schema';
import { channelBit, channelsOfMask } from '../analyzeFlow';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const messengerChannel = defineRule({
  id: 'messengerChannel',
  source: SOURCES.messenger,
  codes: [
    { code: 'messenger.channel.mismatch', severity: 'warning', summary: 'A Messenger handover can run on a channel other than Messenger, where there is no Messenger inbox to hand to.' },
  ],
  run({ flow, graph }, report) {
    for (const { node } of handoversOf(graph, 'messenger')) {
      const other = channelsOfMask((graph.channelMask.get(node.id) ?? 0) & ~channelBit('messenger'));
      if (other.length === 0) continue;
      report('messenger.channel.mismatch', {
        message: `${nameNode(node, flow)} hands to the Messenger inbox but can run on ${other.map((c) => CHANNEL_LABELS[c]).join(', ')}; put a Channel router before it and send those channels to another handover.`,
        nodeId: node.id,
        path: graph.nodePath(node.id),
      });
    }
  },
});
