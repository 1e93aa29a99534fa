import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const voiceRecording = defineRule({
  id: 'voiceRecording',
  source: SOURCES.twilioVoice,
  codes: [
    { code: 'voice.recording.continues', severity: 'info', summary: 'Call recording is on: it continues into the transferred leg, and both legs are billed.' },
  ],
  run({ flow, graph }, report) {
    if (!flow.settings.voice.recording) return;
    const first = handoversOf(graph, 'voice')[0];
    if (!first) return;
    report('voice.recording.continues', {
      message: `Call recording is on and ${nameNode(first.node, flow)} transfers calls: recording is not stopped, so it continues into the agent's part of the call, and both legs are billed.`,
      nodeId: first.node.id,
      path: '/settings/voice/recording',
    });
  },
});
