import * as z from 'zod/mini';

/**
 * Provider settings, read from the environment only (never from a flow: a flow is shared, secrets
 * are not). Every group is optional so a server can run Messenger without Twilio; a request or a
 * webhook that needs a missing setting fails then, with the env var's name in its message.
 */
export interface ProviderConfig {
  /** The server's public base URL (`https://baton.example.com`), no trailing slash: callback URLs and Twilio signatures use it. */
  publicUrl?: string;
  twilio: { accountSid?: string; authToken?: string; apiBaseUrl: string };
  zendesk: {
    chatApiUrl: string;
    accessToken?: string;
    webhookSecret?: string;
    /** Zendesk messaging (Sunshine Conversations API): base URL, app id, and the API key's id and secret (basic auth). */
    conversationsApiUrl: string;
    conversationsAppId?: string;
    conversationsKeyId?: string;
    conversationsKeySecret?: string;
    /** Zendesk Support / Talk API (tickets, callback requests): https://{subdomain}.zendesk.com, an agent's email and an API token. */
    supportApiUrl?: string;
    apiEmail?: string;
    apiToken?: string;
  };
  messenger: { graphApiUrl: string; pageAccessToken?: string; appSecret?: string; verifyToken?: string; appId?: string };
  liveChat: { apiBaseUrl?: string; apiToken?: string };
  agentWebhook: { secret?: string };
}

/** Env var of each setting; messages and docs name these. */
export const PROVIDER_ENV = {
  publicUrl: 'BATON_PUBLIC_URL',
  twilioAccountSid: 'TWILIO_ACCOUNT_SID',
  twilioAuthToken: 'TWILIO_AUTH_TOKEN',
  twilioApiBaseUrl: 'TWILIO_API_BASE_URL',
  zendeskChatApiUrl: 'ZENDESK_CHAT_API_URL',
  zendeskAccessToken: 'ZENDESK_CHAT_ACCESS_TOKEN',
  zendeskWebhookSecret: 'ZENDESK_WEBHOOK_SECRET',
  zendeskConversationsApiUrl: 'ZENDESK_CONVERSATIONS_API_URL',
  zendeskConversationsAppId: 'ZENDESK_CONVERSATIONS_APP_ID',
  zendeskConversationsKeyId: 'ZENDESK_CONVERSATIONS_KEY_ID',
  zendeskConversationsKeySecret: 'ZENDESK_CONVERSATIONS_KEY_SECRET',
  zendeskApiUrl: 'ZENDESK_API_URL',
  zendeskApiEmail: 'ZENDESK_API_EMAIL',
  zendeskApiToken: 'ZENDESK_API_TOKEN',
  messengerGraphApiUrl: 'MESSENGER_GRAPH_API_URL',
  messengerPageAccessToken: 'MESSENGER_PAGE_ACCESS_TOKEN',
  messengerAppSecret: 'MESSENGER_APP_SECRET',
  messengerVerifyToken: 'MESSENGER_VERIFY_TOKEN',
  messengerAppId: 'MESSENGER_APP_ID',
  liveChatApiBaseUrl: 'LIVE_CHAT_API_BASE_URL',
  liveChatApiToken: 'LIVE_CHAT_API_TOKEN',
  agentWebhookSecret: 'BATON_AGENT_WEBHOOK_SECRET',
} as const;

/** Twilio "Modify a live call" and Meta's Graph API as documented; Zendesk's Chat Conversations API HTTP endpoint. */
export const PROVIDER_DEFAULTS = {
  twilioApiBaseUrl: 'https://api.twilio.com',
  zendeskChatApiUrl: 'https://chat-api.zopim.com/graphql/request',
  // Sunshine Conversations' documented base; a Zendesk account can also use https://{subdomain}.zendesk.com/sc.
  zendeskConversationsApiUrl: 'https://api.smooch.io',
  messengerGraphApiUrl: 'https://graph.facebook.com/v25.0',
} as const;

const E = PROVIDER_ENV;
const httpUrl = z.string().check(
  z.refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), 'must be an absolute http(s) URL, e.g. https://baton.example.com'),
);
const secret = z.string().check(z.minLength(1, 'must not be empty'));

// Keyed by env var, so every issue's path is the variable's name.
const envSchema = z.object({
  [E.publicUrl]: z.optional(httpUrl),
  [E.twilioAccountSid]: z.optional(z.string().check(z.regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio account SID: "AC" and 32 hex digits'))),
  [E.twilioAuthToken]: z.optional(secret),
  [E.twilioApiBaseUrl]: z.optional(httpUrl),
  [E.zendeskChatApiUrl]: z.optional(httpUrl),
  [E.zendeskAccessToken]: z.optional(secret),
  [E.zendeskWebhookSecret]: z.optional(secret),
  [E.zendeskConversationsApiUrl]: z.optional(httpUrl),
  [E.zendeskConversationsAppId]: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'must be a Conversations API app id (letters and digits)'))),
  [E.zendeskConversationsKeyId]: z.optional(secret),
  [E.zendeskConversationsKeySecret]: z.optional(secret),
  [E.zendeskApiUrl]: z.optional(httpUrl),
  [E.zendeskApiEmail]: z.optional(z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/, 'must be the email address of the Zendesk agent the API token belongs to'))),
  [E.zendeskApiToken]: z.optional(secret),
  [E.messengerGraphApiUrl]: z.optional(httpUrl),
  [E.messengerPageAccessToken]: z.optional(secret),
  [E.messengerAppSecret]: z.optional(secret),
  [E.messengerVerifyToken]: z.optional(secret),
  [E.messengerAppId]: z.optional(z.string().check(z.regex(/^\d+$/, 'must be a numeric Meta app id'))),
  [E.liveChatApiBaseUrl]: z.optional(httpUrl),
  [E.liveChatApiToken]: z.optional(secret),
  [E.agentWebhookSecret]: z.optional(secret),
});

export class ProviderConfigError extends Error {
  constructor(readonly issues: { envVar: string; message: string }[]) {
    super(`Provider configuration is invalid:\n${issues.map((i) => `  ${i.envVar} ${i.message}`).join('\n')}`);
    this.name = 'ProviderConfigError';
  }
}

function trimSlash(url: string): string;
function trimSlash(url: string | undefined): string | undefined;
function trimSlash(url: string | undefined) {
  return url?.replace(/\/+$/, '');
}

/**
 * Reads and checks the provider settings. Empty strings count as unset (a blank line in an .env
 * file). Throws ProviderConfigError naming each bad variable — never its value, which may be a secret.
 */
export function loadProviderConfig(env: NodeJS.ProcessEnv): ProviderConfig {
  const picked: Record<string, string> = {};
  for (const name of Object.values(E)) {
    const value = env[name]?.trim();
    if (value) picked[name] = value;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ProviderConfigError(parsed.error.issues.map((i) => ({ envVar: String(i.path[0]), message: i.message })));
  }
  const v = parsed.data;
  return {
    publicUrl: trimSlash(v[E.publicUrl]),
    twilio: {
      accountSid: v[E.twilioAccountSid],
      authToken: v[E.twilioAuthToken],
      apiBaseUrl: trimSlash(v[E.twilioApiBaseUrl] ?? PROVIDER_DEFAULTS.twilioApiBaseUrl),
    },
    zendesk: {
      chatApiUrl: v[E.zendeskChatApiUrl] ?? PROVIDER_DEFAULTS.zendeskChatApiUrl,
      accessToken: v[E.zendeskAccessToken],
      webhookSecret: v[E.zendeskWebhookSecret],
      conversationsApiUrl: trimSlash(v[E.zendeskConversationsApiUrl] ?? PROVIDER_DEFAULTS.zendeskConversationsApiUrl),
      conversationsAppId: v[E.zendeskConversationsAppId],
      conversationsKeyId: v[E.zendeskConversationsKeyId],
      conversationsKeySecret: v[E.zendeskConversationsKeySecret],
      supportApiUrl: trimSlash(v[E.zendeskApiUrl]),
      apiEmail: v[E.zendeskApiEmail],
      apiToken: v[E.zendeskApiToken],
    },
    messenger: {
      graphApiUrl: trimSlash(v[E.messengerGraphApiUrl] ?? PROVIDER_DEFAULTS.messengerGraphApiUrl),
      pageAccessToken: v[E.messengerPageAccessToken],
      appSecret: v[E.messengerAppSecret],
      verifyToken: v[E.messengerVerifyToken],
      appId: v[E.messengerAppId],
    },
    liveChat: { apiBaseUrl: trimSlash(v[E.liveChatApiBaseUrl]), apiToken: v[E.liveChatApiToken] },
    agentWebhook: { secret: v[E.agentWebhookSecret] },
  };
}
