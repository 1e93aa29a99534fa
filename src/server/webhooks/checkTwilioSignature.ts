import type { FastifyReply, FastifyRequest } from 'fastify';
import twilio from 'twilio';
import { PROVIDER_ENV, type ProviderConfig } from '../providers/loadProviderConfig';
import { sendWebhookError } from './webhookError';

/**
 * Checks a Twilio webhook (X-Twilio-Signature, with the twilio package's validateRequest over the
 * URL Twilio called — BATON_PUBLIC_URL + the path and query — and the form parameters). Returns the
 * form parameters, or null once it has answered the request with 503 (not configured) or 401.
 */
export function checkTwilioSignature(request: FastifyRequest, reply: FastifyReply, config: ProviderConfig): Record<string, string> | null {
  const { authToken } = config.twilio;
  if (!authToken || !config.publicUrl) {
    const missing = !authToken ? PROVIDER_ENV.twilioAuthToken : PROVIDER_ENV.publicUrl;
    void sendWebhookError(reply, 503, 'not_configured', `Twilio webhooks cannot be checked: ${missing} is not set.`);
    return null;
  }
  const raw = request.body instanceof Buffer ? request.body.toString('utf8') : '';
  const params = Object.fromEntries(new URLSearchParams(raw));
  const signature = request.headers['x-twilio-signature'];
  if (typeof signature !== 'string' || !signature) {
    void sendWebhookError(reply, 401, 'signature_missing', 'The X-Twilio-Signature header is missing.');
    return null;
  }
  if (!twilio.validateRequest(authToken, signature, `${config.publicUrl}${request.url}`, params)) {
    const path = request.url.split('?')[0];
    void sendWebhookError(reply, 401, 'signature_invalid', `X-Twilio-Signature does not match this request for ${config.publicUrl}${path} (is BATON_PUBLIC_URL the URL Twilio calls?).`);
    return null;
  }
  return params;
}
