import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const voicePause = defineRule({
  id: 'voicePause',
  source: SOURCES.seedHandover,
  codes: [
    { code: 'voice.pause.missing', severity: 'warning', summary: 'A voice handover is entered without a Pause just before it, so the caller may not hear the last sentence.' },
    { code: 'voice.pause.out_of_range', severity: 'warning', summary: 'The Pause just before a voice handover is not 1–2 seconds.' },
  ],
  run({ flow, graph }, report) {
    // Seed: "Add a Pause action of 1–2 seconds immediately before Handover so the caller hears
    // the AI Agent's last sentence in full" — so every way into the handover must come from one.
    for (const { node } of handoversOf(graph, 'voice')) {
      for (const edge of graph.inEdges.get(node.id) ?? []) {
        const source = graph.nodeById.get(edge.source)!;
        if (source.type !== 'pause') {
          report('voice.pause.missing', {
            message: `${nameNode(node, flow)} is entered from ${nameNode(source, flow)} with no Pause in between; add a Pause of 1–2 s just before it so the caller hears the last sentence.`,
            nodeId: node.id,
            edgeId: edge.id,
            path: graph.edgePath(edge),
          });
        } else if (source.data.seconds < 1 || source.data.seconds > 2) {
          report('voice.pause.out_of_range', {
            // An untitled Pause's name already says its seconds ("Pause 3 s"); a titled one's does not.
            message: `${nameNode(source, flow)} before ${nameNode(node, flow)} is too ${source.data.seconds < 1 ? 'short' : 'long'}${source.title?.trim() ? ` (${source.data.seconds} s)` : ''}; set it to 1–2 s so the caller hears the last sentence without dead air.`,
            nodeId: source.id,
            path: graph.nodePath(source.id, 'data', 'seconds'),
          });
        }
      }
    }
  },
});
