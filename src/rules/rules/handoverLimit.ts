import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

/** Seed: "You can configure a maximum of 6 handover actions per bot." */
export const MAX_HANDOVERS = 6;

export const handoverLimit = defineRule({
  id: 'handoverLimit',
  source: SOURCES.seedHumanHandover,
  codes: [
    { code: 'scenario.handover.limit', severity: 'error', summary: 'More than 6 handover nodes in one bot; reported on each one past the 6th.' },
  ],
  run({ flow }, report) {
    let count = 0;
    flow.nodes.forEach((node, index) => {
      if (node.type !== 'handover' || ++count <= MAX_HANDOVERS) return;
      report('scenario.handover.limit', {
        message: `${nameNode(node, flow)} is handover number ${count}; a bot can have at most ${MAX_HANDOVERS}. Reuse an existing handover or remove this one.`,
        nodeId: node.id,
        path: `/nodes/${index}`,
      });
    });
  },
});
