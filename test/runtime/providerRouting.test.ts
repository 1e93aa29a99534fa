import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoverDestinationSchema, parseFlow } from '../../src/schema';
import type { MessengerDestination, ZendeskDestination } from '../../src/schema';
import { buildMessengerHandover } from '../../src/runtime/providers/buildMessengerHandover';
import { buildZendeskHandover } from '../../src/runtime/providers/buildZendeskHandover';
import { PAGE_INBOX_APP_ID } from '../../src/runtime';
import { makeFlow, mustRun } from './flowFixture';

const messenger = (input: Record<string, unknown>) => handoverDestinationSchema.parse({ kind: 'messenger', ...input }) as MessengerDestination;
const zendesk = (input: Record<string, unknown>) => handoverDestinationSchema.parse({ kind: 'zendesk', ...input }) as ZendeskDestination;

describe('schema defaults: flows written before the current provider APIs read unchanged', () => {
  it('a Messenger destination with only metadata is the Handover Protocol to the Page Inbox, webhooks unstated', () => {
    expect(messenger({ metadata: 'order 1234' })).toEqual({
      kind: 'messenger',
      metadata: 'order 1234',
      protocol: 'handover_protocol',
      target: 'page_inbox',
      targetAppId: '',
      passMessage: '',
      webhooks: null,
    });
  });

  it('a Zendesk destination with only department_routing is Zendesk Chat department routing', () => {
    expect(zendesk({ department_routing: '360001234567' })).toMatchObject({
      department_routing: '360001234567',
      mode: 'chat_department',
      switchboardIntegration: 'zd:agentWorkspace',
      history: 'last_10',
      switchboardMetadata: [],
    });
  });

  it('the committed voice-zendesk example still parses, and its Zendesk handovers stay on department routing', () => {
    const parsed = parseFlow(JSON.parse(readFileSync('examples/voice-zendesk.baton.json', 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const zendeskNodes = parsed.flow.nodes.filter((n) => n.type === 'handover' && n.data.destination.kind === 'zendesk');
    for (const n of zendeskNodes) expect(n.type === 'handover' && n.data.destination).toMatchObject({ mode: 'chat_department' });
  });

  it('refuses an unknown protocol or history with the field named', () => {
    const bad = handoverDestinationSchema.safeParse({ kind: 'messenger', protocol: 'handover_v3' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['protocol']);
    const badHistory = handoverDestinationSchema.safeParse({ kind: 'zendesk', history: 'last_20' });
    expect(badHistory.error?.issues[0].path).toEqual(['history']);
  });
});

describe('Messenger request builders', () => {
  it('Handover Protocol (the default): pass_thread_control to the Page Inbox, metadata filled from variables', () => {
    expect(buildMessengerHandover(messenger({ metadata: 'Order {{order}}' }), '42', { order: '1234' })).toEqual({
      provider: 'messenger',
      method: 'POST',
      path: '/me/pass_thread_control',
      body: { recipient: { id: '42' }, target_app_id: PAGE_INBOX_APP_ID, metadata: 'Order 1234' },
    });
  });

  it('Handover Protocol to a named app sends that app id', () => {
    const request = buildMessengerHandover(messenger({ target: 'app', targetAppId: ' 1234567890123 ' }), '42', {});
    expect(request.body).toEqual({ recipient: { id: '42' }, target_app_id: '1234567890123' });
  });

  it('Conversation Routing: a Send API message carrying thread_control pass to the Page Inbox', () => {
    const request = buildMessengerHandover(messenger({ protocol: 'conversation_routing', passMessage: 'Connecting you, {{name}}.' }), '42', { name: 'Ada' });
    expect(request).toEqual({
      provider: 'messenger',
      method: 'POST',
      path: '/me/messages',
      body: {
        messaging_type: 'RESPONSE',
        recipient: { id: '42' },
        message: { text: 'Connecting you, Ada.' },
        thread_control: { control_type: 'pass', app_id: '263902037430900' },
      },
    });
  });

  it("Conversation Routing to the Page's default app leaves app_id out; to a named app it sends it", () => {
    const toDefault = buildMessengerHandover(messenger({ protocol: 'conversation_routing', passMessage: 'Hi', target: 'default_app' }), '42', {});
    expect(toDefault.body).toMatchObject({ thread_control: { control_type: 'pass' } });
    expect('app_id' in (toDefault.body as { thread_control: object }).thread_control).toBe(false);
    const toApp = buildMessengerHandover(messenger({ protocol: 'conversation_routing', passMessage: 'Hi', target: 'app', targetAppId: '555' }), '42', {});
    expect(toApp.body).toMatchObject({ thread_control: { control_type: 'pass', app_id: '555' } });
  });
});

describe('Zendesk request builders', () => {
  it('department routing (the default) is the Chat Conversations transferToDepartment mutation', () => {
    const request = buildZendeskHandover(zendesk({ department_routing: '360001234567' }), {});
    expect(request).toMatchObject({ operation: 'transferToDepartment', variables: { department_id: '360001234567' } });
  });

  it('the switchboard: passControl to the agent workspace, no metadata when there is none (the agent sees the last 10 messages)', () => {
    expect(buildZendeskHandover(zendesk({ mode: 'messaging_switchboard' }), {})).toEqual({
      provider: 'zendesk',
      api: 'Sunshine Conversations API',
      operation: 'passControl',
      method: 'POST',
      path: '/v2/apps/{appId}/conversations/{conversationId}/passControl',
      body: { switchboardIntegration: 'zd:agentWorkspace' },
    });
  });

  it('whole conversation: metadata.first_message_id from the variable, over a typed one; values filled from variables', () => {
    const dest = zendesk({
      mode: 'messaging_switchboard',
      history: 'whole_conversation',
      switchboardMetadata: [
        { key: 'first_message_id', value: 'typed' },
        { key: 'order', value: '{{order}}' },
        { key: ' ', value: 'no key: left out' },
      ],
    });
    const request = buildZendeskHandover(dest, { order: '1234', first_message_id: '603012d7e0a3f9000c879b67' });
    expect(request).toMatchObject({ body: { metadata: { first_message_id: '603012d7e0a3f9000c879b67', order: '1234' } } });
    expect(Object.keys((request as { body: { metadata: object } }).body.metadata)).toEqual(['first_message_id', 'order']);
  });

  it('whole conversation without the variable keeps the placeholder for the deployed runtime', () => {
    const request = buildZendeskHandover(zendesk({ mode: 'messaging_switchboard', history: 'whole_conversation' }), {});
    expect(request).toMatchObject({ body: { metadata: { first_message_id: '{{first_message_id}}' } } });
  });
});

describe('engine runs', () => {
  function handoverRun(destination: Record<string, unknown>, ports: string[], scene: Record<string, unknown>) {
    const flow = makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], ['h', 'handover', { destination }], ...ports.map((p) => [`on_${p}`, 'add_tag', { tag: p }] as [string, 'add_tag', { tag: string }])],
      edges: [['gap', 'next', 'h'], ...ports.map((p) => ['h', p, `on_${p}`] as [string, string, string])],
    });
    const rt = mustRun(flow);
    rt.start(scene);
    rt.dispatch({ type: 'ai_no_answer' });
    return rt;
  }

  it('Conversation Routing: the person reads the pass message, then the thread passes and the handover is transferred', () => {
    const rt = handoverRun({ kind: 'messenger', protocol: 'conversation_routing', passMessage: 'Connecting you with our team.' }, ['transferred', 'resolved'], {
      channel: 'messenger',
      variables: { psid: '1254477777772919' },
    });
    const said = rt.log.findIndex((e) => e.type === 'bot_says');
    const handover = rt.log.findIndex((e) => e.type === 'handover');
    expect(said).toBeGreaterThan(-1);
    expect(said).toBeLessThan(handover);
    expect(rt.log[said]).toMatchObject({ text: 'Connecting you with our team.', nodeId: 'h' });
    expect(rt.log[handover]).toMatchObject({ request: { path: '/me/messages', body: { recipient: { id: '1254477777772919' }, thread_control: { app_id: '263902037430900' } } } });
    expect(rt.log.some((e) => e.type === 'handover_outcome' && e.port === 'transferred')).toBe(true);
  });

  it('an old Messenger flow runs exactly as before: pass_thread_control and no extra message', () => {
    const rt = handoverRun({ kind: 'messenger', metadata: 'm' }, ['transferred', 'resolved'], { channel: 'messenger', variables: { psid: '7' } });
    expect(rt.log.filter((e) => e.type === 'bot_says')).toEqual([]);
    expect(rt.log.find((e) => e.type === 'handover')).toMatchObject({ request: { path: '/me/pass_thread_control', body: { target_app_id: PAGE_INBOX_APP_ID, metadata: 'm' } } });
  });

  it('the Zendesk switchboard: passControl when the conversation is queued for an agent', () => {
    const rt = handoverRun({ kind: 'zendesk', mode: 'messaging_switchboard', switchboardMetadata: [{ key: 'reason', value: 'knowledge gap' }] }, ['transferred', 'no_agents', 'timeout', 'resolved'], { channel: 'zendesk' });
    expect(rt.log.find((e) => e.type === 'handover')).toMatchObject({
      destination: 'zendesk',
      request: { operation: 'passControl', body: { switchboardIntegration: 'zd:agentWorkspace', metadata: { reason: 'knowledge gap' } } },
    });
  });
});
