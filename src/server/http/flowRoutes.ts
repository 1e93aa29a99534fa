import type { FastifyInstance } from 'fastify';
import type { FlowRegistry } from '../flows/flowRegistry';
import { setCurrentSchema } from './apiSchemas';
import { invalidRequest } from './sendError';

/** Flow documents can be large; the conversation API keeps the small default. */
export const FLOW_BODY_LIMIT = 10 * 1024 * 1024;

/** GET /v1/flows, POST /v1/flows (a new version), POST /v1/flows/{id}/current (rollback). */
export function flowRoutes(app: FastifyInstance, flows: FlowRegistry) {
  app.get('/v1/flows', async () => ({ flows: await flows.list() }));

  app.post('/v1/flows', { bodyLimit: FLOW_BODY_LIMIT }, async (request, reply) => {
    const loaded = await flows.load(request.body, { source: 'api', makeCurrentIfKnown: true });
    return reply.code(loaded.created ? 201 : 200).send(loaded);
  });

  app.post<{ Params: { id: string } }>('/v1/flows/:id/current', async (request) => {
    const body = setCurrentSchema.safeParse(request.body);
    if (!body.success) throw invalidRequest(body.error, request.body);
    return flows.setCurrent(request.params.id, body.data.version);
  });
}
