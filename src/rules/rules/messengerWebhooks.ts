import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const messengerWebhooks = defineRule({
  id: 'messengerWebhooks',
  source: SOURCES.messengerWebhooks,
  codes: [
    { code: 'messenger.webhooks.unstated', severity: 'info', summary: 'A Messenger handover does not say which webhook fields the app subscribes, so the handover traps cannot be checked.' },
    { code: 'messenger.webhooks.no_handovers', severity: 'error', summary: 'The Messenger app does not subscribe to messaging_handovers: it never learns that the thread came back, so Resolved never fires.' },
    { code: 'messenger.webhooks.no_standby', severity: 'warning', summary: 'The Messenger app does not subscribe to standby: what the person writes while the inbox owns the thread never reaches the bot.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'messenger')) {
      const path = graph.nodePath(node.id, 'data', 'destination', 'webhooks');
      const name = nameNode(node, flow);
      const webhooks = destination.webhooks ?? null;
      if (webhooks === null) {
        report('messenger.webhooks.unstated', {
          message: `${name}: say which webhook fields the Messenger app subscribes (messages, messaging_handovers, standby…) so the validator can check the handover's traps.`,
          nodeId: node.id,
          path,
        });
        continue;
      }
      if (!webhooks.includes('messaging_handovers')) {
        report('messenger.webhooks.no_handovers', {
          message: `${name}: the app does not subscribe to messaging_handovers, so it is never told when the inbox passes the thread back; the Resolved port never fires and the bot stays silent. Subscribe the app to messaging_handovers.`,
          nodeId: node.id,
          path,
        });
      }
      if (!webhooks.includes('standby')) {
        report('messenger.webhooks.no_standby', {
          message: `${name}: the app does not subscribe to standby, so messages the person sends while the inbox owns the thread never reach the bot (nor its history). Subscribe the app to standby.`,
          nodeId: node.id,
          path,
        });
      }
    }
  },
});
