import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

export const humanRequestedPhrases = defineRule({
  id: 'humanRequestedPhrases',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'scenario.phrases.empty', severity: 'error', summary: 'A Human requested trigger has no example phrase, so it cannot recognise a request for a person.' },
  ],
  run({ flow, graph }, report) {
    for (const node of graph.nodeById.values()) {
      if (node.type !== 'trigger_human_requested' || node.data.phrases.some((p) => p.trim() !== '')) continue;
      report('scenario.phrases.empty', {
        message: `${nameNode(node, flow)} has no example phrases; add some, e.g. "I want to talk to a human" or "Connect me to a person".`,
        nodeId: node.id,
        path: graph.nodePath(node.id, 'data', 'phrases'),
      });
    }
  },
});
