import { nameNode } from '../../schema';
import { SWITCHBOARD_METADATA_LIMIT, switchboardMetadataOf, switchboardMetadataSize } from '../zendesk/switchboardMetadata';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

export const zendeskSwitchboard = defineRule({
  id: 'zendeskSwitchboard',
  source: SOURCES.zendeskSwitchboard,
  codes: [
    { code: 'zendesk.switchboard.no_integration', severity: 'error', summary: 'A Zendesk messaging handover names no switchboard integration to pass control to.' },
    { code: 'zendesk.switchboard.metadata_too_large', severity: 'error', summary: 'The passControl metadata is over the 4 KB Sunshine Conversations accepts.' },
    { code: 'zendesk.switchboard.metadata_key', severity: 'warning', summary: 'A passControl metadata entry has an empty or repeated key, so its value is dropped or overwritten.' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'zendesk')) {
      if (destination.mode !== 'messaging_switchboard') continue;
      const at = (...keys: (string | number)[]) => graph.nodePath(node.id, 'data', 'destination', ...keys);
      const name = nameNode(node, flow);
      if (!destination.switchboardIntegration.trim()) {
        report('zendesk.switchboard.no_integration', {
          message: `${name} passes control on the Zendesk switchboard but names no integration; use zd:agentWorkspace for Zendesk's agents, or the id or name of another switchboard integration.`,
          nodeId: node.id,
          path: at('switchboardIntegration'),
        });
      }
      const seen = new Set<string>();
      destination.switchboardMetadata.forEach((entry, i) => {
        const key = entry.key.trim();
        if (key && !seen.has(key)) return void seen.add(key);
        report('zendesk.switchboard.metadata_key', {
          message: key
            ? `${name}: metadata key "${key}" appears more than once; only the last value is sent.`
            : `${name}: metadata entry ${i + 1} has no key, so its value is not sent.`,
          nodeId: node.id,
          path: at('switchboardMetadata', i, 'key'),
        });
      });
      // Measured as written: {{variables}} filled at run time can still grow it.
      const size = switchboardMetadataSize(switchboardMetadataOf(destination));
      if (size > SWITCHBOARD_METADATA_LIMIT) {
        report('zendesk.switchboard.metadata_too_large', {
          message: `${name}: the passControl metadata takes ${size} bytes as JSON; Sunshine Conversations accepts at most ${SWITCHBOARD_METADATA_LIMIT}. Shorten or remove entries.`,
          nodeId: node.id,
          path: at('switchboardMetadata'),
        });
      }
    }
  },
});
