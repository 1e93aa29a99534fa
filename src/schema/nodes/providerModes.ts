import * as z from 'zod/mini';

/**
 * The providers' current handover APIs, as fields of the Messenger and Zendesk destinations. Every
 * field has a default that keeps the older behaviour, so flows written before them parse and run
 * unchanged and the format version stays 1 (no migration).
 */

/** Meta's Handover Protocol (`pass_thread_control`) or Conversation Routing (thread control on the Send API). */
export const MESSENGER_PROTOCOLS = ['handover_protocol', 'conversation_routing'] as const;
export type MessengerProtocol = (typeof MESSENGER_PROTOCOLS)[number];
/** Where thread control goes: the Page Inbox app, the Page's Conversation Routing default app, or a named app. */
export const MESSENGER_TARGETS = ['page_inbox', 'default_app', 'app'] as const;
export type MessengerTarget = (typeof MESSENGER_TARGETS)[number];
/** Webhook fields of the Messenger app that a handover depends on. */
export const MESSENGER_WEBHOOK_FIELDS = ['messages', 'messaging_postbacks', 'messaging_handovers', 'standby'] as const;
export type MessengerWebhookField = (typeof MESSENGER_WEBHOOK_FIELDS)[number];

export const messengerRoutingFields = {
  // Default: the older protocol, which Conversation Routing still accepts (Meta: "backwards compatible").
  protocol: z._default(z.enum(MESSENGER_PROTOCOLS), 'handover_protocol').check(z.describe('handover_protocol: POST /me/pass_thread_control (the default, still accepted). conversation_routing: a Send API message with thread_control pass, as Meta documents it now.')),
  target: z._default(z.enum(MESSENGER_TARGETS), 'page_inbox').check(z.describe('Who takes the thread: the Page Inbox (app 263902037430900), the Page\'s Conversation Routing default app, or the app in targetAppId.')),
  /** The receiving app's id when `target` is `app`. */
  targetAppId: z._default(z.string().check(z.maxLength(32)), '').check(z.describe('The receiving app id when target is app.')),
  /** Conversation Routing passes thread control on a Send API message: the text the person sees. */
  passMessage: z._default(z.string().check(z.maxLength(2000)), '').check(z.describe('Conversation Routing: the text of the Send API message that carries thread control; {{variables}} are filled in.')),
  /** The app's subscribed webhook fields; null = not stated. */
  webhooks: z._default(z.nullable(z.array(z.enum(MESSENGER_WEBHOOK_FIELDS)).check(z.maxLength(8))), null).check(
    z.describe('Webhook fields the Messenger app subscribes; null = not stated. messaging_handovers tells the bot the thread came back; standby carries messages while another app owns it.'),
  ),
};

/** One key of Zendesk switchboard metadata (passControl `metadata` is a flat object). */
export const zendeskMetadataEntrySchema = z.object({
  key: z.string().check(z.maxLength(128)),
  value: z.string().check(z.maxLength(4096)),
});
export type ZendeskMetadataEntry = z.infer<typeof zendeskMetadataEntrySchema>;

/** Zendesk Chat department routing (the seed's model) or Zendesk messaging's switchboard. */
export const ZENDESK_MODES = ['chat_department', 'messaging_switchboard'] as const;
export type ZendeskMode = (typeof ZENDESK_MODES)[number];
/** How much of the conversation the agent sees: Zendesk shows the last 10 messages unless passControl names a first message. */
export const ZENDESK_HISTORY = ['last_10', 'whole_conversation'] as const;
export type ZendeskHistory = (typeof ZENDESK_HISTORY)[number];

export const zendeskSwitchboardFields = {
  // Default: the seed's department routing, so earlier flows keep sending transferToDepartment.
  mode: z._default(z.enum(ZENDESK_MODES), 'chat_department').check(z.describe('chat_department: Zendesk Chat transferToDepartment with department_routing (the default). messaging_switchboard: Zendesk messaging passControl.')),
  /** The switchboard integration to make active: its id or name (`zd:agentWorkspace` is Zendesk's agent workspace). */
  switchboardIntegration: z._default(z.string().check(z.maxLength(128)), 'zd:agentWorkspace').check(z.describe('The switchboard integration passControl makes active (id or name); zd:agentWorkspace is Zendesk\'s agents.')),
  history: z._default(z.enum(ZENDESK_HISTORY), 'last_10').check(z.describe('last_10: Zendesk shows the agent the last 10 messages. whole_conversation: passControl metadata.first_message_id names the first message.')),
  switchboardMetadata: z._default(z.array(zendeskMetadataEntrySchema).check(z.maxLength(100)), []).check(z.describe('passControl metadata as key/value pairs (a flat object, at most 4 KB); values may use {{variables}}.')),
};
