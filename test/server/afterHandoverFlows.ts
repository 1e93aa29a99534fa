/**
 * Small flows for the server's after-the-handover requests (fallbacks, waiting messages, agent
 * context, warm transfer), each the shortest path to the effect under test.
 */
const flow = (id: string, channels: string[], nodes: unknown[], edges: [string, string, string][]) => ({
  format: 'baton.flow',
  version: 1,
  id,
  name: id,
  settings: { channels, staff: [{ id: 'dana', name: 'Dana' }] },
  nodes,
  edges: edges.map(([source, sourcePort, target], i) => ({ id: `e${i}`, source, sourcePort, target })),
});

const human = (phrase: string) => ({ id: 't', type: 'trigger_human_requested', data: { enabled: true, phrases: [phrase] } });

/** A call that goes straight to voicemail, then opens a ticket about it. */
export const voicemailFlow = flow(
  'voicemail-ticket',
  ['phone_voice'],
  [
    human('Leave a message'),
    { id: 'vm', type: 'voicemail', data: { prompt: 'Leave your message for {{name}} after the beep.', maxLengthSeconds: 90, transcribe: true, finishOnKey: '#' } },
    { id: 'ticket', type: 'create_ticket', data: { subject: 'Voicemail from {{name}}', body: 'Caller {{name}} left a voicemail.', priority: 'high', tags: ['voicemail'] } },
  ],
  [
    ['t', 'next', 'vm'],
    ['vm', 'next', 'ticket'],
  ],
);

/** Offers a callback on a Zendesk Talk line: the confirmed number becomes a Talk callback request. */
export const callbackFlow = flow(
  'callback-request',
  ['phone_voice'],
  [
    human('Call me back'),
    { id: 'cb', type: 'offer_callback', data: { validateNumber: false, zendeskPhoneNumberId: '360000123456', dueHours: 4 } },
    { id: 'bye', type: 'end', data: {} },
  ],
  [
    ['t', 'next', 'cb'],
    ['cb', 'scheduled', 'bye'],
  ],
);

const waiting = { everyMinutes: 1, message: 'You are number {{queue_position}}; about {{estimated_wait}}.', offerCallbackAfterMinutes: 1, callbackOffer: 'Reply "call me back" to leave the queue.', callbackPhrases: ['call me back'] };

/** A live-chat handover that waits with messages and carries the agent context. */
export const liveChatFlow = flow(
  'live-chat-context',
  ['web_chat', 'messenger'],
  [
    human('talk to a person'),
    { id: 'hi', type: 'message', data: { text: 'Let me find someone for you.' } },
    { id: 'tag', type: 'add_tag', data: { tag: 'vip' } },
    {
      id: 'h',
      type: 'handover',
      data: {
        destination: { kind: 'live_chat', assigneeId: null, queueTimeoutMinutes: 30, waiting },
        context: { summaryVariable: 'summary', sampleSummary: '', transcriptMessages: 3, variables: ['order_id'], includeTags: true, note: 'Order {{order_id}}: check the refund', warmTransfer: false },
      },
    },
  ],
  [
    ['t', 'next', 'hi'],
    ['hi', 'next', 'tag'],
    ['tag', 'next', 'h'],
  ],
);

/** A Zendesk messaging (switchboard) handover that waits with messages. */
export const zendeskWaitingFlow = flow(
  'zendesk-waiting',
  ['zendesk'],
  [
    human('talk to a person'),
    { id: 'h', type: 'handover', data: { destination: { kind: 'zendesk', mode: 'messaging_switchboard', history: 'last_10', switchboardMetadata: [], queueTimeoutMinutes: 30, waiting } } },
  ],
  [['t', 'next', 'h']],
);

/** A Zendesk Chat handover (department routing, the default mode) that waits with messages. */
export const zendeskChatWaitingFlow = flow(
  'zendesk-chat-waiting',
  ['zendesk'],
  [
    human('talk to a person'),
    { id: 'h', type: 'handover', data: { destination: { kind: 'zendesk', department_routing: '360001234', queueTimeoutMinutes: 30, waiting } } },
  ],
  [['t', 'next', 'h']],
);

/** A warm transfer to a number: the agent hears the summary first and may decline (Rejected → the bot says so). */
export const warmTransferFlow = flow(
  'warm-transfer',
  ['phone_voice'],
  [
    human('agent please'),
    {
      id: 'h',
      type: 'handover',
      data: {
        destination: { kind: 'voice', to: '+12025551234', attributes: [], timeoutSeconds: 30 },
        context: { summaryVariable: 'summary', sampleSummary: '', transcriptMessages: 0, variables: [], includeTags: false, note: 'Caller is <VIP> & angry', warmTransfer: true },
      },
    },
    { id: 'sorry', type: 'message', data: { text: 'Nobody could take the call; we will call you back.' } },
  ],
  [
    ['t', 'next', 'h'],
    ['h', 'rejected', 'sorry'],
  ],
);
