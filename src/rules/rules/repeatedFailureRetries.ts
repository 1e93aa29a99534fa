import { defineRule } from '../defineRule';
import { nameNode } from '../nameNode';
import { SOURCES } from '../sources';

/** Seed: repeated failure — "Maximum of 2 retries." */
export const MAX_RETRIES = 2;

export const repeatedFailureRetries = defineRule({
  id: 'repeatedFailureRetries',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'scenario.retries.too_many', severity: 'error', summary: 'The repeated-failure scenario allows more than 2 retries.' },
  ],
  run({ graph }, report) {
    for (const node of graph.nodeById.values()) {
      if (node.type !== 'trigger_repeated_failure' || node.data.retries <= MAX_RETRIES) continue;
      report('scenario.retries.too_many', {
        message: `${nameNode(node)} allows ${node.data.retries} retries; the maximum is ${MAX_RETRIES}. Set it to ${MAX_RETRIES} or fewer.`,
        nodeId: node.id,
        path: graph.nodePath(node.id, 'data', 'retries'),
      });
    }
  },
});
