import { nameNode } from '../../schema';
import { defineRule } from '../defineRule';
import { handoversOf } from '../handoversOf';
import { SOURCES } from '../sources';

// A flow built in code (not parsed) may lack the fields added with Conversation Routing: they count as their defaults.
export const messengerRouting = defineRule({
  id: 'messengerRouting',
  source: SOURCES.messengerRouting,
  codes: [
    { code: 'messenger.routing.no_pass_message', severity: 'error', summary: 'A Conversation Routing handover has no pass message: thread control travels on a Send API message, which needs text.' },
    { code: 'messenger.routing.metadata_not_sent', severity: 'warning', summary: 'A Conversation Routing handover has metadata, but Send API thread control carries only the target app: the metadata is not sent.' },
    { code: 'messenger.routing.app_id', severity: 'error', summary: 'A Messenger handover to a named app has no numeric app id.' },
    { code: 'messenger.routing.default_app_needs_routing', severity: 'error', summary: "The Handover Protocol has no \"default app\": pass_thread_control needs a target app id." },
    { code: 'messenger.protocol.handover_protocol', severity: 'info', summary: 'A Messenger handover uses the Handover Protocol, which Meta has replaced by Conversation Routing (pass_thread_control is still accepted).' },
  ],
  run({ flow, graph }, report) {
    for (const { node, destination } of handoversOf(graph, 'messenger')) {
      const at = (field: string) => graph.nodePath(node.id, 'data', 'destination', field);
      const name = nameNode(node, flow);
      const routing = destination.protocol === 'conversation_routing';
      const target = destination.target ?? 'page_inbox';
      if (routing && !destination.passMessage?.trim()) {
        report('messenger.routing.no_pass_message', {
          message: `${name} passes the thread by Conversation Routing, which sends it with a Send API message; write the pass message the person reads (e.g. "Connecting you with our team").`,
          nodeId: node.id,
          path: at('passMessage'),
        });
      }
      if (routing && destination.metadata.trim()) {
        report('messenger.routing.metadata_not_sent', {
          message: `${name} has metadata, but Conversation Routing's thread_control carries only the app id, so the receiving app never gets it; put the context in the pass message, or use the Handover Protocol's pass_thread_control.`,
          nodeId: node.id,
          path: at('metadata'),
        });
      }
      if (target === 'app' && !/^\d+$/.test((destination.targetAppId ?? '').trim())) {
        report('messenger.routing.app_id', {
          message: `${name} hands the thread to a named app but its app id "${destination.targetAppId ?? ''}" is not a number; copy the receiving app's id from its Meta app dashboard.`,
          nodeId: node.id,
          path: at('targetAppId'),
        });
      }
      if (!routing && target === 'default_app') {
        report('messenger.routing.default_app_needs_routing', {
          message: `${name} passes the thread to the Page's default app, which only Conversation Routing knows; switch the protocol to Conversation Routing or name the target app.`,
          nodeId: node.id,
          path: at('target'),
        });
      }
      if (!routing) {
        report('messenger.protocol.handover_protocol', {
          message: `${name} uses the Handover Protocol. Meta has moved every Page to Conversation Routing, which still accepts pass_thread_control; Meta documents thread control on the Send API now.`,
          nodeId: node.id,
          path: at('protocol'),
        });
      }
    }
  },
});
