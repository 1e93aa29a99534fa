import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackFlow, liveChatFlow, voicemailFlow, zendeskChatWaitingFlow, zendeskWaitingFlow } from './afterHandoverFlows';
import { providerEnv, readExample, startTestServer, TWILIO_ACCOUNT_SID, waitFor, type TestServer } from './harness';
import { startRecordingServer, type RecordedRequest } from './recordingServer';
import { postTwilio } from './webhooks/webhookHarness';

const CALL_SID = 'CA' + 'b'.repeat(32);
const APP_ID = '5d8cff3cd55b040010928b5b';
type Effect = { seq: number; type: string; [k: string]: unknown };

/**
 * The requests the engine describes after a handover, sent for real through the outbox: the
 * fallbacks (voicemail, ticket, callback request), the messages to a person waiting in a queue, and
 * the live-chat handover with the agent context. Every provider is the recording server on 127.0.0.1;
 * expected requests follow the providers' API references (cited in src/server/providers).
 */
export function describeAfterHandover(name: string, setup: () => Promise<{ databaseUrl?: string; teardown?: () => Promise<void> }>) {
  describe(`after the handover: fallbacks, waiting messages, agent context (${name})`, () => {
    let t: TestServer;
    let providers: Awaited<ReturnType<typeof startRecordingServer>>;
    let teardown: (() => Promise<void>) | undefined;
    const sent = (path: RegExp) => providers.requests.filter((r) => path.test(r.url));
    const waitSent = (path: RegExp, what: string, count = 1, timeoutMs = 100_000) => waitFor(() => (sent(path).length >= count ? sent(path) : undefined), timeoutMs, what);
    let liveChatId = '';

    beforeAll(async () => {
      const db = await setup();
      teardown = db.teardown;
      // Zendesk's ticket API fails for tickets tagged "always_fails" (the give-up test); the rest succeed.
      providers = await startRecordingServer((r: RecordedRequest) => (r.url.startsWith('/zd/api/v2/tickets') && r.body.includes('always_fails') ? 503 : r.url.includes('/tickets') ? 201 : 200));
      t = await startTestServer({
        databaseUrl: db.databaseUrl,
        flows: [voicemailFlow, callbackFlow, liveChatFlow, zendeskWaitingFlow, zendeskChatWaitingFlow, readExample('voice-zendesk.baton.json')],
        env: {
          ...providerEnv(providers.url),
          ZENDESK_API_URL: `${providers.url}/zd`,
          ZENDESK_API_EMAIL: 'agent@example.com',
          ZENDESK_API_TOKEN: 'zd-api-token-secret',
          ZENDESK_CONVERSATIONS_API_URL: `${providers.url}/sc`,
          ZENDESK_CONVERSATIONS_APP_ID: APP_ID,
          ZENDESK_CONVERSATIONS_KEY_ID: 'key-id',
          ZENDESK_CONVERSATIONS_KEY_SECRET: 'sc-key-secret',
        },
      });
    });
    afterAll(async () => {
      await t?.close();
      await providers?.close();
      await teardown?.();
    });

    const start = async (flowId: string, scene: Record<string, unknown>, refs: Record<string, string>) => {
      const created = await t.api('POST', '/v1/conversations', { flowId, scene, refs });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const say = async (id: string, event: Record<string, unknown>): Promise<Effect[]> => {
      const turn = await t.api('POST', `/v1/conversations/${id}/events`, event);
      expect(turn.status).toBe(200);
      return turn.body.effects;
    };

    it('voicemail: a Twilio call update with the <Record> TwiML and the server\'s callbacks; then the Zendesk ticket, each under its outbox key', async () => {
      const id = await start('voicemail-ticket', { channel: 'phone_voice', variables: { name: 'Ana' } }, { callSid: CALL_SID });
      const effects = await say(id, { type: 'user_message', text: 'Leave a message' });
      const voicemail = effects.find((e) => e.type === 'voicemail_started')!;
      const ticket = effects.find((e) => e.type === 'ticket_created')!;

      const [call] = await waitSent(/\/Calls\//, 'the voicemail call update');
      expect(call.url).toBe(`/2010-04-01/Accounts/${TWILIO_ACCOUNT_SID}/Calls/${CALL_SID}.json`);
      expect(call.headers['i-twilio-idempotency-token']).toBe(`baton-${id}-${voicemail.seq}`);
      const twiml = new URLSearchParams(call.body).get('Twiml')!;
      expect(twiml).toBe(
        '<Response><Say>Leave your message for Ana after the beep.</Say><Record maxLength="90" finishOnKey="#" playBeep="true" ' +
          'recordingStatusCallback="https://baton.test/webhooks/twilio/recording" recordingStatusCallbackEvent="completed" ' +
          'transcribe="true" transcribeCallback="https://baton.test/webhooks/twilio/transcription"/></Response>',
      );

      const [created] = await waitSent(/^\/zd\/api\/v2\/tickets$/, 'the ticket');
      expect(created.headers.authorization).toBe(`Basic ${Buffer.from('agent@example.com/token:zd-api-token-secret').toString('base64')}`);
      expect(created.headers['idempotency-key']).toBe(`baton-${id}-${ticket.seq}`);
      expect(JSON.parse(created.body)).toEqual({
        ticket: { subject: 'Voicemail from Ana', comment: { body: 'Caller Ana left a voicemail.', public: false }, priority: 'high', tags: ['voicemail'] },
      });
      expect(t.logs.join('')).not.toContain('zd-api-token-secret');
    });

    it('a ticket Zendesk keeps refusing with 503 ends as provider_request_failed in the log, after the retries, always with one key', async () => {
      const flowDoc = structuredClone(voicemailFlow) as typeof voicemailFlow;
      const node = flowDoc.nodes.find((n) => (n as { id: string }).id === 'ticket') as { data: { tags: string[] } };
      node.data.tags = ['always_fails'];
      flowDoc.id = 'voicemail-ticket-fails';
      expect((await t.api('POST', '/v1/flows', flowDoc)).status).toBe(201);
      const id = await start('voicemail-ticket-fails', { channel: 'phone_voice', variables: { name: 'Bo' } }, { callSid: 'CA' + 'c'.repeat(32) });
      const effects = await say(id, { type: 'user_message', text: 'Leave a message' });
      const ticket = effects.find((e) => e.type === 'ticket_created')!;
      const failed = await waitFor(async () => {
        const log = await t.api('GET', `/v1/conversations/${id}/effects?after=0`);
        return (log.body.effects as Effect[]).find((e) => e.type === 'provider_request_failed');
      }, 40_000, 'provider_request_failed');
      expect(failed).toMatchObject({ handoverSeq: ticket.seq, idempotencyKey: `baton-${id}-${ticket.seq}`, attempts: 3, status: 503 });
      const tries = sent(/^\/zd\/api\/v2\/tickets$/).filter((r) => r.body.includes('always_fails'));
      expect(tries).toHaveLength(3);
      expect(new Set(tries.map((r) => r.headers['idempotency-key']))).toEqual(new Set([`baton-${id}-${ticket.seq}`]));
    });

    it('callback: the confirmed number becomes a Zendesk Talk callback request', async () => {
      const id = await start('callback-request', { channel: 'phone_voice' }, { callSid: 'CA' + 'd'.repeat(32) });
      await say(id, { type: 'user_message', text: 'Call me back' });
      await say(id, { type: 'user_message', text: '+1 415 555 0143' });
      const effects = await say(id, { type: 'user_message', text: 'yes' });
      const booked = effects.find((e) => e.type === 'callback_requested')!;
      expect(booked).toMatchObject({ number: '+14155550143' });
      const [request] = await waitSent(/callback_requests/, 'the callback request');
      expect(request.url).toBe('/zd/api/v2/channels/voice/callback_requests');
      expect(request.headers['idempotency-key']).toBe(`baton-${id}-${booked.seq}`);
      expect(JSON.parse(request.body)).toEqual({ callback_request: { phone_number_id: 360000123456, requester_phone_number: '+14155550143' } });
    });

    it('a voice transfer that ends, then the caller answers by voice: the <Dial action> asks with a <Gather>, the gather route takes the number and the "yes", and the Talk callback request is sent', async () => {
      const callSid = 'CA' + 'f'.repeat(32);
      const id = await start('voice-zendesk', { channel: 'phone_voice', agentsAvailable: false }, { callSid });
      await say(id, { type: 'user_message', text: 'Connect me to a person' });
      const twilio = (path: string, form: Record<string, string>) =>
        postTwilio(t.server.url, path, new URLSearchParams({ AccountSid: TWILIO_ACCOUNT_SID, CallSid: callSid, ...form }).toString(), { publicUrl: 'https://baton.test', authToken: 'twilio-token-secret' });
      const gatherPath = `/webhooks/twilio/gather/${id}`;
      const gather = `<Gather input="dtmf speech" action="https://baton.test${gatherPath}" method="POST" timeout="5" speechTimeout="auto"`;
      const asks = (verbs: string, question: string) => `<?xml version="1.0" encoding="UTF-8"?><Response>${gather}>${verbs}</Gather>${gather} actionOnEmptyResult="true">${question}</Gather></Response>`;

      // The SIP desk does not answer; the Zendesk line has nobody, so its No agents port offers a callback.
      const dial = await twilio('/webhooks/twilio/dial', { DialCallStatus: 'no-answer', DialCallSid: 'CA' + '1'.repeat(32) });
      expect(dial.status).toBe(200);
      const question = '<Say>Nobody from the team is free right now. What number should we call you back on?</Say>';
      expect(dial.text).toBe(asks(`<Say>Nobody picked up. Let me try our support team.</Say><Pause length="2"/>${question}`, question));

      const number = await twilio(gatherPath, { SpeechResult: '415 555 0143', Confidence: '0.9' });
      expect(number.status).toBe(200);
      expect(number.text).toContain('<Say>I have +14155550143. Is that right?</Say>');
      const yes = await twilio(gatherPath, { SpeechResult: 'Yes.', Confidence: '0.95' });
      expect(yes.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Say>Thanks! Dana will call you back on +14155550143. Goodbye.</Say><Hangup/></Response>');

      const log = (await t.api('GET', `/v1/conversations/${id}/effects?after=0`)).body.effects as Effect[];
      const booked = log.find((e) => e.type === 'callback_requested')!;
      expect(log.filter((e) => e.type === 'task_created')).toHaveLength(1);
      const request = await waitFor(() => sent(/callback_requests/).find((r) => r.headers['idempotency-key'] === `baton-${id}-${booked.seq}`), 20_000, 'the Talk callback request');
      expect(JSON.parse(request.body)).toEqual({ callback_request: { phone_number_id: 1001, requester_phone_number: '+14155550143' } });
    });

    it('live chat: the handover carries the agent context as the handover configures it, with the last 3 messages of the transcript', async () => {
      const id = await start('live-chat-context', { channel: 'web_chat', variables: { summary: 'Wants a refund', order_id: 'A-17' } }, { chatId: 'chat-ctx-1' });
      liveChatId = id;
      await say(id, { type: 'user_message', text: 'hello' });
      await say(id, { type: 'user_message', text: 'talk to a person' });
      const [handover] = await waitSent(/\/live-chat\/conversations\/chat-ctx-1\/handover$/, 'the live-chat handover');
      expect(handover.headers.authorization).toBe('Bearer live-chat-token-secret');
      expect(JSON.parse(handover.body)).toEqual({
        queue: 'unassigned',
        assigneeId: null,
        context: {
          summary: 'Wants a refund',
          note: 'Order A-17: check the refund',
          tags: ['vip'],
          variables: { order_id: 'A-17' },
          transcript: [
            { from: 'user', text: 'hello' },
            { from: 'user', text: 'talk to a person' },
            { from: 'bot', text: 'Let me find someone for you.' },
          ],
        },
      });
    });

    // Waiting messages come from the queue's own timers (everyMinutes: 1, the shortest a flow allows),
    // fired by the server on wall time: one wait of a minute covers the three channels.
    it('while they wait: queue messages and the callback offer reach the person on live chat, Messenger (Send API, RESPONSE), Zendesk messaging (Sunshine Conversations) and Zendesk Chat (the Chat API\'s sendMessage)', async () => {
      const messenger = await start('live-chat-context', { channel: 'messenger' }, { psid: '1254477777772919', pageId: '682498302938465', chatId: 'chat-msgr-1' });
      await say(messenger, { type: 'user_message', text: 'talk to a person' });
      const zendesk = await start('zendesk-waiting', { channel: 'zendesk' }, { chatId: '029c31f25a21b47effd7be91' });
      await say(zendesk, { type: 'user_message', text: 'talk to a person' });
      const zendeskChat = await start('zendesk-chat-waiting', { channel: 'zendesk' }, { chatId: 'chat-channel-77' });
      await say(zendeskChat, { type: 'user_message', text: 'talk to a person' });
      const waited = async (id: string) => {
        const log = await t.api('GET', `/v1/conversations/${id}/effects?after=0`);
        return (log.body.effects as Effect[]).filter((e) => e.type === 'waiting_message' || e.type === 'callback_offered');
      };

      const inbox = await waitSent(/\/live-chat\/conversations\/chat-ctx-1\/messages$/, 'the live-chat queue messages', 2);
      const chatEffects = await waited(liveChatId);
      const chatWaiting = chatEffects.find((e) => e.type === 'waiting_message')!;
      const bodies = inbox.map((m) => JSON.parse(m.body));
      expect(bodies).toContainEqual({ author: 'bot', kind: 'waiting_message', text: chatWaiting.text, position: chatWaiting.position, estimatedWaitMinutes: chatWaiting.estimatedWaitMinutes });
      expect(bodies).toContainEqual({ author: 'bot', kind: 'callback_offer', text: 'Reply "call me back" to leave the queue.' });
      expect(inbox.find((m) => JSON.parse(m.body).kind === 'waiting_message')!.headers['idempotency-key']).toBe(`baton-${liveChatId}-${chatWaiting.seq}`);

      const toMessenger = await waitSent(/^\/682498302938465\/messages/, 'the Send API messages', 2);
      const messengerWaiting = (await waited(messenger)).find((e) => e.type === 'waiting_message')!;
      expect(toMessenger.map((r) => r.url)).toEqual(Array(2).fill('/682498302938465/messages?access_token=page-token-secret'));
      const messengerBodies = toMessenger.map((r) => JSON.parse(r.body));
      expect(messengerBodies).toContainEqual({ recipient: { id: '1254477777772919' }, messaging_type: 'RESPONSE', message: { text: messengerWaiting.text } });
      expect(messengerBodies).toContainEqual({ recipient: { id: '1254477777772919' }, messaging_type: 'RESPONSE', message: { text: 'Reply "call me back" to leave the queue.' } });

      const toSunshine = await waitSent(/^\/sc\/v2\/apps\/.*\/messages$/, 'the Sunshine messages', 2);
      const zendeskWaiting = (await waited(zendesk)).find((e) => e.type === 'waiting_message')!;
      expect(toSunshine.map((r) => r.url)).toEqual(Array(2).fill(`/sc/v2/apps/${APP_ID}/conversations/029c31f25a21b47effd7be91/messages`));
      expect(toSunshine[0].headers.authorization).toBe(`Basic ${Buffer.from('key-id:sc-key-secret').toString('base64')}`);
      expect(toSunshine.map((r) => JSON.parse(r.body))).toContainEqual({ author: { type: 'business' }, content: { type: 'text', text: zendeskWaiting.text } });
      expect(t.logs.join('')).not.toContain('page-token-secret');

      // Zendesk Chat (department routing): the Chat Conversations API's sendMessage, after its transferToDepartment, never Sunshine.
      const toChat = await waitSent(/^\/zendesk$/, 'the Chat API transfer and messages', 3);
      const chatBodies = toChat.map((r) => JSON.parse(r.body) as { query: string; variables: Record<string, unknown> });
      expect(chatBodies[0].query).toContain('transferToDepartment');
      const departmentWaiting = (await waited(zendeskChat)).find((e) => e.type === 'waiting_message')!;
      const messages = chatBodies.filter((b) => b.query.includes('sendMessage'));
      expect(messages.map((b) => b.variables)).toContainEqual({ channel_id: 'chat-channel-77', msg: departmentWaiting.text, backoff: true, msg_id: `baton-${zendeskChat}-${departmentWaiting.seq}` });
      expect(messages.map((b) => b.variables.msg)).toContain('Reply "call me back" to leave the queue.');
      expect(toChat.every((r) => r.headers.authorization === 'Bearer zendesk-token-secret')).toBe(true);
      expect(sent(/^\/sc\//).every((r) => !r.url.includes('chat-channel-77'))).toBe(true);
      const failures = (await t.api('GET', `/v1/conversations/${zendeskChat}/effects?after=0`)).body.effects as Effect[];
      expect(failures.filter((e) => e.type === 'provider_request_failed')).toEqual([]);
    }, 150_000);
  });
}
