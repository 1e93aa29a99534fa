import { nameNode } from '../../schema';
import type { AgentContext, FlowNode, HandoverDestination } from '../../schema';
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
    case 'handover':
      return [...contextTexts(node.data.context), ...destinationTexts(node.data.destination)];
    default:
      return [];
  }
}

/** What the agent receives: the sample summary and the private note travel to the provider. */
function contextTexts(context: AgentContext | undefined): [string, (string | number)[]][] {
  if (!context) return [];
  return [
    [context.sampleSummary, ['data', 'context', 'sampleSummary']],
    [context.note, ['data', 'context', 'note']],
  ];
}

/** Texts a destination sends to the provider: SIP header values, Messenger metadata, Zendesk switchboard metadata. */
function destinationTexts(destination: HandoverDestination): [string, (string | number)[]][] {
  const at = (...keys: (string | number)[]) => ['data', 'destination', ...keys];
  switch (destination.kind) {
    case 'voice':
      return (destination.attributes ?? []).map((a, i) => [a.value, at('attributes', i, 'value')]);
    case 'messenger':
      return [[destination.metadata, at('metadata')]];
    case 'zendesk':
      // Test fixtures build destinations without their defaults; a parsed flow always has the list.
      return (destination.switchboardMetadata ?? []).map((m, i) => [m.value, at('switchboardMetadata', i, 'value')]);
    default:
      return [];
  }
}

export const phiContent = defineRule({
  id: 'phiContent',
  source: SOURCES.hipaa,
  codes: [
    { code: 'content.phi', severity: 'warning', summary: 'Bot content, or what a handover passes to the agent (SIP header values, Messenger or Zendesk metadata, the context summary and note), looks like protected health information (date of birth, medical record number, SSN); these AI features must not process PHI.' },
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
