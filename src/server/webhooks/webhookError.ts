import type { FastifyReply } from 'fastify';

/** Error codes the webhook routes answer with, in `{ error: { code, message } }`. */
export type WebhookErrorCode =
  | 'signature_missing'
  | 'signature_invalid'
  | 'not_configured'
  | 'invalid_body'
  | 'conversation_not_found'
  | 'verification_failed';

export function sendWebhookError(reply: FastifyReply, status: number, code: WebhookErrorCode | string, message: string) {
  return reply.code(status).type('application/json').send({ error: { code, message } });
}
