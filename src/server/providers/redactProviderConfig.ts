import type { ProviderConfig } from './loadProviderConfig';

/** What a log line may show of a secret: whether it is set, never a character of it. */
export type Redacted = '[set]' | '[not set]';

const mark = (value: string | undefined): Redacted => (value ? '[set]' : '[not set]');

/** The provider settings for logs and start-up banners: URLs and ids as they are, secrets as [set] / [not set]. */
export function redactProviderConfig(config: ProviderConfig) {
  return {
    publicUrl: config.publicUrl ?? '[not set]',
    twilio: { accountSid: config.twilio.accountSid ?? '[not set]', authToken: mark(config.twilio.authToken), apiBaseUrl: config.twilio.apiBaseUrl },
    zendesk: {
      chatApiUrl: config.zendesk.chatApiUrl,
      accessToken: mark(config.zendesk.accessToken),
      webhookSecret: mark(config.zendesk.webhookSecret),
      conversationsApiUrl: config.zendesk.conversationsApiUrl,
      conversationsAppId: config.zendesk.conversationsAppId ?? '[not set]',
      conversationsKeyId: mark(config.zendesk.conversationsKeyId),
      conversationsKeySecret: mark(config.zendesk.conversationsKeySecret),
      supportApiUrl: config.zendesk.supportApiUrl ?? '[not set]',
      apiEmail: config.zendesk.apiEmail ?? '[not set]',
      apiToken: mark(config.zendesk.apiToken),
    },
    messenger: {
      graphApiUrl: config.messenger.graphApiUrl,
      appId: config.messenger.appId ?? '[not set]',
      pageAccessToken: mark(config.messenger.pageAccessToken),
      appSecret: mark(config.messenger.appSecret),
      verifyToken: mark(config.messenger.verifyToken),
    },
    liveChat: { apiBaseUrl: config.liveChat.apiBaseUrl ?? '[not set]', apiToken: mark(config.liveChat.apiToken) },
    agentWebhook: { secret: mark(config.agentWebhook.secret) },
  };
}

/** Every secret the configuration holds, for scrubbing error text that came back from a provider or the network. */
export function secretsOf(config: ProviderConfig): string[] {
  return [
    config.twilio.authToken,
    config.zendesk.accessToken,
    config.zendesk.webhookSecret,
    config.zendesk.conversationsKeyId,
    config.zendesk.conversationsKeySecret,
    config.zendesk.apiToken,
    config.messenger.pageAccessToken,
    config.messenger.appSecret,
    config.messenger.verifyToken,
    config.liveChat.apiToken,
    config.agentWebhook.secret,
  ].filter((s): s is string => !!s);
}

/** Replaces each secret (and its URL-encoded form) in a message with [redacted]. */
export function scrubSecrets(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) {
    for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
