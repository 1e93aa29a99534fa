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
  queueWaiting:
    'Twilio TwiML <Enqueue> (the waitUrl request carries QueuePosition, QueueTime, AvgQueueTime, CurrentQueueSize) https://www.twilio.com/docs/voice/twiml/enqueue; Seed: Handover (Live chat → Unassigned until someone claims it) and Zendesk voice (offer the user a callback when an agent becomes available)',
} as const;
