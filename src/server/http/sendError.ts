import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod/mini';
import { issuesFromZod } from '../../schema';
import { ServerError } from '../errors';

/** Every error the API sends: `{ error: { code, message, field? } }`, field a JSON pointer into the request. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, field?: string, details?: unknown) {
  return reply.code(status).send({ error: { code, message, ...(field !== undefined ? { field } : {}), ...(details !== undefined ? { details } : {}) } });
}

/** A zod failure as a 400 naming the first bad field; `where` prefixes the pointer ('' for the body, '/query'). */
export function invalidRequest(error: z.core.$ZodError, value: unknown, where = ''): ServerError {
  const issues = issuesFromZod(error, value);
  const first = issues[0];
  const field = `${where}${first?.path ?? ''}` || '/';
  return new ServerError(400, 'invalid_request', `${field}: ${first?.message ?? 'invalid'}`, field, issues.length > 1 ? issues.slice(0, 20) : undefined);
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
};

/** Fastify's error handler: known errors keep their status and code, anything else is a 500 with no detail. */
export function handleError(error: FastifyError | ServerError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ServerError) return sendError(reply, error.status, error.code, error.message, error.field, error.details);
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendError(reply, known[0], known[1], error.message);
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) return sendError(reply, 400, 'invalid_json', `The body is not valid JSON: ${error.message}`);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return sendError(reply, error.statusCode, 'bad_request', error.message);
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 500, 'internal', 'The server could not handle this request; it is in the server log.');
}
