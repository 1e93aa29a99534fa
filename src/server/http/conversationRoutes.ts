import type { FastifyInstance } from 'fastify';
import { inputEventSchema } from '../../schema';
import type { ServerConversationService } from '../conversations/conversationService';
import { createConversationSchema, effectsQuerySchema, idempotencyKeySchema } from './apiSchemas';
import { invalidRequest } from './sendError';

type IdParams = { Params: { id: string } };

/** POST /v1/conversations, POST …/{id}/events, GET …/{id}, GET …/{id}/effects. */
export function conversationRoutes(app: FastifyInstance, service: ServerConversationService) {
  app.post('/v1/conversations', async (request, reply) => {
    const body = createConversationSchema.safeParse(request.body ?? {});
    if (!body.success) throw invalidRequest(body.error, request.body);
    const created = await service.create(body.data);
    return reply.code(201).send(created);
  });

  app.post<IdParams>('/v1/conversations/:id/events', async (request) => {
    const event = inputEventSchema.safeParse(request.body);
    if (!event.success) throw invalidRequest(event.error, request.body);
    const key = idempotencyKeySchema.safeParse(request.headers['idempotency-key']);
    if (!key.success) throw invalidRequest(key.error, request.headers['idempotency-key'], '/headers/idempotency-key');
    const result = await service.applyEvent(request.params.id, event.data, { cause: 'request', dedupeKey: key.data === undefined ? undefined : `api:${key.data}` });
    return { conversationId: request.params.id, ...result };
  });

  app.get<IdParams>('/v1/conversations/:id', async (request) => service.get(request.params.id));

  app.get<IdParams>('/v1/conversations/:id/effects', async (request) => {
    const query = effectsQuerySchema.safeParse(request.query);
    if (!query.success) throw invalidRequest(query.error, request.query, '/query');
    const effects = await service.effects(request.params.id, query.data.after, query.data.limit);
    return { conversationId: request.params.id, effects, next: effects.length > 0 ? effects[effects.length - 1].seq : query.data.after };
  });
}
