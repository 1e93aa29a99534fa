import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { loadProviderConfig } from '../../../src/server/providers';
import { providerWebhooks } from '../../../src/server/webhooks';
import { createMemoryConversationService, loadExampleFlow } from './memoryConversationService';

export const TEST_SECRETS = {
  TWILIO_AUTH_TOKEN: 'test-twilio-auth-token',
  MESSENGER_APP_SECRET: 'test-meta-app-secret',
  MESSENGER_VERIFY_TOKEN: 'meatyhamhock',
  BATON_AGENT_WEBHOOK_SECRET: 'test-agent-secret',
  ZENDESK_WEBHOOK_SECRET: 'test-zendesk-secret',
};
export const PUBLIC_URL = 'https://baton.example.com';

export const fixture = (name: string) => readFileSync(`test/fixtures/webhooks/${name}`, 'utf8').trim();

/**
 * Twilio's documented signature, written out rather than taken from the twilio package the route
 * uses, so the test checks the route against the scheme and not the package against itself: the
 * full URL, then each POST parameter sorted by name as name + value, HMAC-SHA1 with the auth
 * token, base64 (Twilio "Webhooks security").
 */
export function twilioSignature(url: string, form: string, authToken = TEST_SECRETS.TWILIO_AUTH_TOKEN): string {
  const params = [...new URLSearchParams(form)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHmac('sha1', authToken).update(url + params.map(([k, v]) => k + v).join('')).digest('base64');
}

export const hubSignature = (body: string, secret = TEST_SECRETS.MESSENGER_APP_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** A Fastify app with only the webhook plugin, over the in-memory service and the example flows. */
export async function startWebhookApp(env: Record<string, string> = {}) {
  const memory = createMemoryConversationService([loadExampleFlow('messenger-handover'), loadExampleFlow('voice-zendesk')]);
  const config = loadProviderConfig({ BATON_PUBLIC_URL: PUBLIC_URL, MESSENGER_APP_ID: '123456789', ...TEST_SECRETS, ...env });
  const app = Fastify();
  await app.register(providerWebhooks, { service: memory.service, config });
  await app.ready();
  return { app, memory, config };
}

/** POSTs a Twilio form to a running server, signed for `publicUrl` + path unless `sign` is false; the answer as text. */
export async function postTwilio(serverUrl: string, path: string, body: string, options: { publicUrl: string; authToken: string; sign?: boolean }) {
  const signature: Record<string, string> = options.sign === false ? {} : { 'x-twilio-signature': twilioSignature(`${options.publicUrl}${path}`, body, options.authToken) };
  const response = await fetch(`${serverUrl}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signature } });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}
