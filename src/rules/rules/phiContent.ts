import { nameNode } from '../../schema';
import type { FlowNode } from '../../schema';
import { defineRule } from '../defineRule';
import { detectPhi } from '../detectPhi';
import { SOURCES } from '../sources';

/** The bot-facing texts of a node, with the keys to each under the node. */
function textsOf(node: FlowNode): [string, (string | number)[]][] {
  switch (node.type) {
    case 'message':
      return [[node.data.text, ['data', 'text']]];
    case 'create_task':
      return [[node.data.title, ['data', 'title']]];
    case 'trigger_human_requested':
      return node.data.phrases.map((p, i) => [p, ['data', 'phrases', i]]);
    case 'trigger_sensitive_topic':
      return node.data.keywords.map((k, i) => [k, ['data', 'keywords', i]]);
    default:
      return [];
  }
}

export const phiContent = defineRule({
  id: 'phiContent',
  source: SOURCES.hipaa,
  codes: [
    { code: 'content.phi', severity: 'warning', summary: 'Bot content looks like protected health information (date of birth, medical record number, SSN); these AI features must not process PHI.' },
  ],
  run({ flow, graph }, report) {
    for (const node of graph.nodeById.values()) {
      for (const [text, keys] of textsOf(node)) {
        const what = detectPhi(text);
        if (!what) continue;
        report('content.phi', {
          message: `${nameNode(node, flow)} contains what looks like ${what}; the bot must not process protected health information, so remove it.`,
          nodeId: node.id,
          path: graph.nodePath(node.id, ...keys),
        });
      }
    }
  },
});
