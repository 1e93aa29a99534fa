import { describe, expect, it } from 'vitest';
import { createRuntime, type Effect } from '../../../src/runtime';
import { buildZendeskTicket } from '../../../src/runtime/providers/buildZendeskTicket';
import { parseFlow } from '../../../src/schema';
import { outboxRequestsOf } from '../../../src/server/outbox/outboxRequests';
import { fillProviderRequest, loadProviderConfig } from '../../../src/server/providers';
import { asZendeskChatMessage, buildWaitingMessage, type SunshineMessageRequest } from '../../../src/server/providers/waitingMessageRequests';
import { liveChatFlow } from '../afterHandoverFlows';

const ticket = buildZendeskTicket('Missed call', 'Nobody answered.', { subject: '', body: '', priority: 'normal', tags: ['abandoned_call'] });

describe('filling the after-handover requests', () => {
  it('a missing setting or ref is named, so the outbox gives up at once with a message that says what to set', () => {
    const empty = loadProviderConfig({});
    expect(fillProviderRequest(ticket, {}, empty)).toEqual({ ok: false, message: 'Cannot send the Zendesk ticket request: ZENDESK_API_URL is not set (the account URL, https://{subdomain}.zendesk.com).' });
    const messenger = buildWaitingMessage('messenger', 'live_chat', { kind: 'waiting_message', text: 'You are number 2.' })!;
    const withToken = loadProviderConfig({ MESSENGER_PAGE_ACCESS_TOKEN: 'page-secret' });
    expect(fillProviderRequest(messenger, {}, withToken)).toMatchObject({ ok: false, message: expect.stringContaining('no "psid" ref') });
    const sunshine = buildWaitingMessage('zendesk', 'zendesk', { kind: 'callback_offer', text: 'Reply "call me back".' })!;
    expect(fillProviderRequest(sunshine, { chatId: 'c1' }, empty)).toMatchObject({ ok: false, message: expect.stringContaining('ZENDESK_CONVERSATIONS_APP_ID') });
  });

  it('after a Zendesk Chat handover a waiting message is the Chat Conversations API\'s sendMessage on the visitor\'s channel, with backoff so it never talks over an agent', () => {
    const sunshine = buildWaitingMessage('zendesk', 'zendesk', { kind: 'waiting_message', text: 'You are number 2.' }) as SunshineMessageRequest;
    const chat = asZendeskChatMessage(sunshine, 'baton-c_1-7');
    const config = loadProviderConfig({ ZENDESK_CHAT_ACCESS_TOKEN: 'chat-secret' });
    const filled = fillProviderRequest(chat, { chatId: 'chan-9' }, config);
    if (!filled.ok) throw new Error(filled.message);
    expect(filled.plan).toMatchObject({ method: 'POST', url: 'https://chat-api.zopim.com/graphql/request', headers: { authorization: 'Bearer chat-secret' } });
    const body = JSON.parse(filled.plan.body) as { query: string; variables: unknown };
    expect(body.query).toMatch(/^mutation \(\$channel_id: ID!, \$msg: String!, \$backoff: Boolean, \$msg_id: String\) \{ sendMessage\(channel_id: \$channel_id, msg: \$msg, backoff: \$backoff, msg_id: \$msg_id\) \{ success \} \}$/);
    expect(body.variables).toEqual({ channel_id: 'chan-9', msg: 'You are number 2.', backoff: true, msg_id: 'baton-c_1-7' });
    expect(fillProviderRequest(chat, {}, config)).toMatchObject({ ok: false, message: expect.stringContaining('the chat channel to message') });
    expect(fillProviderRequest(chat, { chatId: 'chan-9' }, loadProviderConfig({}))).toMatchObject({ ok: false, message: expect.stringContaining('ZENDESK_CHAT_ACCESS_TOKEN') });
  });

  it('a call has no waiting message to send (Twilio <Enqueue> plays its own); web chat only through a live-chat handover', () => {
    expect(buildWaitingMessage('phone_voice', 'voice', { kind: 'waiting_message', text: 'x' })).toBeNull();
    expect(buildWaitingMessage('web_chat', 'zendesk', { kind: 'waiting_message', text: 'x' })).toBeNull();
    expect(buildWaitingMessage('web_chat', 'live_chat', { kind: 'waiting_message', text: 'x', position: 3, estimatedWaitMinutes: null })).toMatchObject({ body: { position: 3, estimatedWaitMinutes: null } });
  });

  it('a turn that hands over to live chat gives one outbox row, the handover with its agent context; the other effects none', () => {
    const parsed = parseFlow(JSON.stringify(liveChatFlow));
    if (!parsed.ok) throw new Error('flow');
    const created = createRuntime(parsed.flow);
    if (!created.ok) throw new Error('runtime');
    const rt = created.runtime;
    rt.start({ channel: 'web_chat', variables: { summary: 'Refund', order_id: 'A-1' } });
    const effects: Effect[] = rt.dispatch({ type: 'user_message', text: 'talk to a person' });
    const rows = outboxRequestsOf(effects, rt.state);
    expect(rows.map((r) => r.seq)).toEqual(effects.filter((e) => e.type === 'handover').map((e) => e.seq));
    expect(rows[0].request).toMatchObject({ provider: 'live_chat', body: { context: { summary: 'Refund', variables: { order_id: 'A-1' }, transcriptMessages: 3, tags: ['vip'] } } });
  });
});
