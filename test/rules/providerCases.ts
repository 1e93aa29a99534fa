import { flowSchema, type Flow } from '../../src/schema';
import { chatFlow, edge, node, tweak } from './helpers';
import type { RuleCase } from './ruleCase';

/**
 * chatFlow with its handover sent to a Messenger or Zendesk destination given as raw input, then
 * parsed, so every field the schema defaults is filled as a saved flow would have it.
 */
export function providerFlow(destination: Record<string, unknown>, channels: string[] = ['messenger']): Flow {
  const base = tweak(chatFlow(), (f) => {
    if (destination.kind === 'messenger') f.edges = f.edges.filter((e) => e.id !== 'h-no_agents');
  });
  const raw = JSON.parse(JSON.stringify(base)) as { nodes: { id: string; data: Record<string, unknown> }[]; settings: Record<string, unknown> };
  raw.nodes.find((n) => n.id === 'h')!.data = { destination };
  raw.settings.channels = channels;
  return flowSchema.parse(raw);
}

const ALL_WEBHOOKS = ['messages', 'messaging_postbacks', 'messaging_handovers', 'standby'];
/** A clean Conversation Routing handover to the Page Inbox. */
const routed = (over: Record<string, unknown> = {}) =>
  providerFlow({ kind: 'messenger', protocol: 'conversation_routing', passMessage: 'Connecting you with our team.', webhooks: ALL_WEBHOOKS, ...over });
const switchboard = (over: Record<string, unknown> = {}) => providerFlow({ kind: 'zendesk', mode: 'messaging_switchboard', ...over }, ['zendesk']);
const DEST = '/nodes/3/data/destination';

/** Messenger after the bot passed the thread: tag → Pause bot → message (the bot would speak in standby). */
function messengerAfterPause(resolvedInstead: boolean): Flow {
  return tweak(routed(), (f) => {
    f.nodes.push(node('add_tag', 'tag'), node('pause_bot', 'pb'), node('message', 'more', { text: 'Anything else I can help with?' }));
    f.edges.push(edge('h', 'transferred', 'tag'), edge('tag', 'next', 'pb'));
    f.edges.push(resolvedInstead ? edge('h', 'resolved', 'more') : edge('pb', 'resumed', 'more'));
  });
}

export const providerCases: RuleCase[] = [
  {
    code: 'messenger.routing.no_pass_message',
    fires: () => routed({ passMessage: '  ' }),
    clean: () => routed(),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/passMessage` },
  },
  {
    code: 'messenger.routing.metadata_not_sent',
    fires: () => routed({ metadata: 'order 1234' }),
    clean: () => routed(),
    expect: { severity: 'warning', nodeId: 'h', path: `${DEST}/metadata` },
  },
  {
    code: 'messenger.routing.app_id',
    fires: () => routed({ target: 'app', targetAppId: 'Support desk' }),
    clean: () => routed({ target: 'app', targetAppId: '1234567890123' }),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/targetAppId` },
  },
  {
    code: 'messenger.routing.default_app_needs_routing',
    fires: () => routed({ protocol: 'handover_protocol', target: 'default_app' }),
    clean: () => routed({ target: 'default_app' }),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/target` },
  },
  {
    code: 'messenger.protocol.handover_protocol',
    fires: () => providerFlow({ kind: 'messenger' }),
    clean: () => routed(),
    expect: { severity: 'info', nodeId: 'h', path: `${DEST}/protocol` },
  },
  {
    code: 'messenger.webhooks.unstated',
    fires: () => routed({ webhooks: null }),
    clean: () => routed(),
    expect: { severity: 'info', nodeId: 'h', path: `${DEST}/webhooks` },
  },
  {
    code: 'messenger.webhooks.no_handovers',
    fires: () => routed({ webhooks: ['messages', 'standby'] }),
    clean: () => routed({ webhooks: ['messages', 'standby', 'messaging_handovers'] }),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/webhooks` },
  },
  {
    code: 'messenger.webhooks.no_standby',
    fires: () => routed({ webhooks: ['messages', 'messaging_handovers'] }),
    clean: () => routed({ webhooks: ['messages', 'messaging_handovers', 'standby'] }),
    expect: { severity: 'warning', nodeId: 'h', path: `${DEST}/webhooks` },
  },
  {
    code: 'messenger.standby.bot_message',
    fires: () => messengerAfterPause(false),
    clean: () => messengerAfterPause(true),
    expect: { severity: 'error', nodeId: 'more', path: '/nodes/8/data/text' },
  },
  {
    code: 'zendesk.switchboard.no_integration',
    fires: () => switchboard({ switchboardIntegration: ' ' }),
    clean: () => switchboard(),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/switchboardIntegration` },
  },
  {
    code: 'zendesk.switchboard.metadata_too_large',
    fires: () => switchboard({ switchboardMetadata: [{ key: 'summary', value: 'x'.repeat(4090) }] }),
    clean: () => switchboard({ switchboardMetadata: [{ key: 'summary', value: 'x'.repeat(4000) }] }),
    expect: { severity: 'error', nodeId: 'h', path: `${DEST}/switchboardMetadata` },
  },
  {
    code: 'zendesk.switchboard.metadata_key',
    fires: () => switchboard({ switchboardMetadata: [{ key: 'order', value: '1' }, { key: 'order', value: '2' }] }),
    clean: () => switchboard({ switchboardMetadata: [{ key: 'order', value: '1' }, { key: 'plan', value: 'pro' }] }),
    expect: { severity: 'warning', nodeId: 'h', path: `${DEST}/switchboardMetadata/1/key` },
  },
];
