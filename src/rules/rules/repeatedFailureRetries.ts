import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

/** Seed: repeated failure — "Maximum of 2 retries." */
export const MAX_RETRIES = 2;

export const repeatedFailureRetries = defineRule({
  id: 'repeatedFailureRetries',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'scenario.retries.too_many', severity: 'error', summary: 'The repeated-failure scenario allows more than 2 retries.' },
    { code: 'scenario.retries.none', severity: 'warning', summary: 'The repeated-failure scenario allows 0 retries, so it fires on the first failed answer: nothing is repeated (use 1 or 2).' },
  ],
  run({ flow, graph }, report) {
    for (const node of graph.nodeById.values()) {
      if (node.type !== 'trigger_repeated_failure') continue;
      const path = graph.nodePath(node.id, 'data', 'retries');
      if (node.data.retries > MAX_RETRIES) {
        report('scenario.retries.too_many', {
          message: `${nameNode(node, flow)} allows ${node.data.retries} retries; the maximum is ${MAX_RETRIES}. Set it to ${MAX_RETRIES} or fewer.`,
          nodeId: node.id,
          path,
        });
      } else if (node.data.retries < 1) {
        report('scenario.retries.none', {
          message: `${nameNode(node, flow)} allows 0 retries, so it hands over on the very first failed answer, like a knowledge gap; set retries to 1 or 2.`,
          nodeId: node.id,
          path,
        });
      }
    }
  },
});
