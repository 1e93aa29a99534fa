/** Where each rule comes from: the seed product pages and the providers' own documents. */
export const SOURCES = {
  format: 'Baton flow format v1 (docs/design.md)',
  seedHandover: 'Seed: Handover (Live chat, Zendesk, Messenger, Voice on Twilio)',
  seedHumanHandover: 'Seed: Human Handover (scenarios, actions, notifications)',
  sipUri: 'RFC 3261 §19.1.1 (SIP URI); ITU-T E.164; Twilio <Dial> <Number>/<Sip>',
  twilioSipHeaders: 'Seed: Handover → Custom SIP headers; Twilio warnings 13252, 32113, 21227',
  userToUser: 'RFC 7433 (User-to-User header, encoding=hex)',
  twilioVoice: 'Seed: Handover → Voice handover limitations; Twilio <Dial> outcomes and Voice SDK caller ID',
  zendesk: 'Seed: Zendesk department routing; Zendesk department ids',
  messenger: 'Seed: Facebook Messenger handover; Meta Handover Protocol',
  ownership: 'Seed: Human Handover (conversations stay assigned until resolved); Meta Handover Protocol (the bot must not send while another app owns the thread)',
  zendeskSchedules: 'Zendesk Support API: Schedules (business hours as intervals in a time zone, that cannot span calendar days; holidays) https://developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/; IANA time zone database',
  hipaa: 'Seed: Human Handover → Note on PHI (HIPAA)',
  agentContext:
    'Seed: Handover → Custom SIP headers (names and values URL-encoded ≤ 1024 characters; Twilio warning 21227); Meta pass_thread_control metadata (string, ≤ 1,000 characters) https://developers.facebook.com/docs/messenger-platform/handover-protocol/; Conversation Routing Send API thread_control (app_id and control_type only) https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-routing/apis; Sunshine Conversations passControl metadata ≤ 4 KB https://github.com/zendesk/sunshine-conversations-javascript/blob/HEAD/docs/PassControlBody.md; Twilio <Number url> / <Sip url> (TwiML run on the called party before the call is connected) https://www.twilio.com/docs/voice/twiml/number',
  queueWaiting:
    'Twilio TwiML <Enqueue> (the waitUrl request carries QueuePosition, QueueTime, AvgQueueTime, CurrentQueueSize) https://www.twilio.com/docs/voice/twiml/enqueue; Seed: Handover (Live chat → Unassigned until someone claims it) and Zendesk voice (offer the user a callback when an agent becomes available)',
  messengerRouting:
    'Meta, Messenger Platform: Conversation Routing (Handover Protocol retired, "backwards compatible with most of the Handover Protocol API") https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversation-routing; Send API thread_control pass (app_id, or the default app without it) https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-routing/apis; Handover Protocol pass_thread_control https://developers.facebook.com/docs/messenger-platform/handover-protocol/',
  messengerWebhooks:
    'Meta, Messenger Platform webhooks: messaging_handovers (pass_thread_control when the thread is passed to the app) https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/messaging_handovers; standby (messages while the app is not the thread owner) https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/standby',
  zendeskSwitchboard:
    'Zendesk messaging switchboard https://developer.zendesk.com/documentation/conversations/messaging-platform/programmable-conversations/switchboard; Sunshine Conversations passControl (switchboardIntegration, metadata ≤ 4 KB) https://github.com/zendesk/sunshine-conversations-javascript/blob/HEAD/docs/PassControlBody.md; the agent sees the last 10 messages unless metadata.first_message_id is passed https://support.zendesk.com/hc/en-us/articles/4419179022874',
  whenNobodyAnswers: 'Seed: Zendesk voice handover setup ("If no agents are available: The call is dropped", voicemail, ticket, callback); Twilio TwiML <Record> https://www.twilio.com/docs/voice/twiml/record; Zendesk Talk API Callback Requests https://developer.zendesk.com/api-reference/voice/talk-api/callback_requests/; Zendesk Create Ticket https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#create-ticket; libphonenumber-js',
  handBack:
    'Seed: Human Handover (a conversation stays with the person it was handed to until it is resolved; the bot takes part again only when it resumes); Meta Handover Protocol / Conversation Routing (the Page Inbox passes thread control back when a conversation is marked done; the bot must not send while another app owns the thread) https://developers.facebook.com/docs/messenger-platform/handover-protocol/; Sunshine Conversations switchboard releaseControl (control goes back to the default integration, the bot) https://docs.smooch.io/rest/#operation/releaseControl',
  twilioEnqueue:
    'Twilio TwiML <Enqueue> (queue name ≤ 64 characters; the waitUrl TwiML may use <Say>, <Play>, <Pause>, <Gather> with dtmf or speech and <Leave>, and is requested again when it runs out, with QueuePosition and AvgQueueTime; the action request\'s QueueResult: bridged, bridging-in-process, error, hangup, leave, redirected, redirected-from-bridged, queue-full, system-error) https://www.twilio.com/docs/voice/twiml/enqueue; Twilio <Leave> https://www.twilio.com/docs/voice/twiml/leave',
} as const;
