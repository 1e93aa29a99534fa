import { describe, expect, it } from 'vitest';
import { addDialAction, loadProviderConfig, ProviderConfigError, redactProviderConfig } from '../../../src/server/providers';

describe('loadProviderConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadProviderConfig({});
    expect(config.twilio.apiBaseUrl).toBe('https://api.twilio.com');
    expect(config.messenger.graphApiUrl).toMatch(/^https:\/\/graph\.facebook\.com\/v\d+\.\d+$/);
    expect(config.zendesk.chatApiUrl).toBe('https://chat-api.zopim.com/graphql/request');
    expect(config.publicUrl).toBeUndefined();
  });

  it('reads every setting, trims trailing slashes from base URLs and treats blank values as unset', () => {
    const config = loadProviderConfig({
      BATON_PUBLIC_URL: 'https://baton.example.com/',
      TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
      TWILIO_AUTH_TOKEN: 'tok',
      MESSENGER_GRAPH_API_URL: 'http://127.0.0.1:9999/v25.0/',
      MESSENGER_APP_ID: '1234',
      LIVE_CHAT_API_TOKEN: '   ',
    });
    expect(config.publicUrl).toBe('https://baton.example.com');
    expect(config.twilio).toMatchObject({ accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'tok' });
    expect(config.messenger).toMatchObject({ graphApiUrl: 'http://127.0.0.1:9999/v25.0', appId: '1234' });
    expect(config.liveChat.apiToken).toBeUndefined();
  });

  it('names each bad env var, and never echoes a value', () => {
    let error: unknown;
    try {
      loadProviderConfig({ TWILIO_ACCOUNT_SID: 'not-a-sid-secretish', BATON_PUBLIC_URL: 'baton.example.com', MESSENGER_APP_ID: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProviderConfigError);
    const { issues, message } = error as ProviderConfigError;
    expect(issues.map((i) => i.envVar).sort()).toEqual(['BATON_PUBLIC_URL', 'MESSENGER_APP_ID', 'TWILIO_ACCOUNT_SID']);
    expect(message).toContain('TWILIO_ACCOUNT_SID must be a Twilio account SID');
    expect(message).toContain('BATON_PUBLIC_URL must be an absolute http(s) URL');
    expect(message).not.toContain('not-a-sid-secretish');
  });

  it('reads the Zendesk Support API settings (tickets, callbacks) and names a bad agent email', () => {
    const config = loadProviderConfig({ ZENDESK_API_URL: 'https://acme.zendesk.com/', ZENDESK_API_EMAIL: 'bot@acme.com', ZENDESK_API_TOKEN: 'zd-api-secret' });
    expect(config.zendesk).toMatchObject({ supportApiUrl: 'https://acme.zendesk.com', apiEmail: 'bot@acme.com', apiToken: 'zd-api-secret' });
    const redacted = JSON.stringify(redactProviderConfig(config));
    expect(redacted).not.toContain('zd-api-secret');
    expect(redacted).toContain('"apiToken":"[set]"');
    expect(() => loadProviderConfig({ ZENDESK_API_EMAIL: 'not an email' })).toThrow(/ZENDESK_API_EMAIL must be the email address/);
  });
});

describe('redactProviderConfig', () => {
  it('shows URLs and ids, and only whether each secret is set', () => {
    const env = {
      BATON_PUBLIC_URL: 'https://baton.example.com',
      TWILIO_AUTH_TOKEN: 'tw-secret',
      MESSENGER_APP_SECRET: 'meta-secret',
      MESSENGER_VERIFY_TOKEN: 'verify-secret',
      MESSENGER_PAGE_ACCESS_TOKEN: 'page-secret',
      ZENDESK_WEBHOOK_SECRET: 'zd-secret',
      BATON_AGENT_WEBHOOK_SECRET: 'agent-secret',
    };
    const redacted = redactProviderConfig(loadProviderConfig(env));
    const text = JSON.stringify(redacted);
    for (const secret of ['tw-secret', 'meta-secret', 'verify-secret', 'page-secret', 'zd-secret', 'agent-secret']) expect(text).not.toContain(secret);
    expect(redacted.twilio.authToken).toBe('[set]');
    expect(redacted.liveChat.apiToken).toBe('[not set]');
    expect(redacted.publicUrl).toBe('https://baton.example.com');
  });
});

describe('addDialAction', () => {
  it('adds the callback to a <Dial> without one, escaped for XML', () => {
    expect(addDialAction('<Response><Dial timeout="30"><Sip>sip:a@b.c</Sip></Dial></Response>', 'https://x.example/webhooks/twilio/dial?a=1&b=2')).toBe(
      '<Response><Dial timeout="30" action="https://x.example/webhooks/twilio/dial?a=1&amp;b=2" method="POST"><Sip>sip:a@b.c</Sip></Dial></Response>',
    );
  });

  it('leaves a <Dial> that already has an action alone', () => {
    const twiml = '<Response><Dial action="/mine" timeout="30"><Number>+1</Number></Dial></Response>';
    expect(addDialAction(twiml, 'https://x.example/d')).toBe(twiml);
  });
});
