import * as z from 'zod/mini';
import { inputEventSchema } from '../../schema';
import { FLOW_SCHEMA_ID } from '../../schema/toJsonSchema';
import { createConversationSchema, setCurrentSchema } from './apiSchemas';

const schemaOf = (schema: z.ZodMiniType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const ok = (description: string, ref: string) => ({ description, content: json(ref) });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Error` }]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** The API as OpenAPI 3.0, its bodies generated from the same zod schemas the routes check. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Baton runtime server', version, description: 'Runs Baton flows: conversations, their effects, flow versions. Effects nobody asked for go to BATON_WEBHOOK_URL.' },
    security: [{ bearer: [] }],
    paths: {
      '/v1/conversations': {
        post: {
          summary: 'Start a conversation on a flow (its current version) in a scene',
          requestBody: { required: true, content: json('CreateConversation') },
          responses: { '201': ok('The conversation and the effects of its start', 'ConversationCreated'), ...errors(400, 401, 404, 409, 413) },
        },
      },
      '/v1/conversations/{id}': {
        get: { summary: 'The conversation: flow, version, engine state, next timer', parameters: [idParam], responses: { '200': ok('The conversation', 'Conversation'), ...errors(401, 404) } },
      },
      '/v1/conversations/{id}/events': {
        post: {
          summary: 'Apply one input event (the same events as `baton run`)',
          parameters: [idParam, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' }, description: 'The same key again returns the first answer and changes nothing.' }],
          requestBody: { required: true, content: json('InputEvent') },
          responses: { '200': ok('The effects of this turn', 'TurnResult'), ...errors(400, 401, 404, 413) },
        },
      },
      '/v1/conversations/{id}/effects': {
        get: {
          summary: 'The effect log after a sequence number',
          parameters: [idParam, { name: 'after', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 500 } }],
          responses: { '200': ok('Effects in order', 'EffectPage'), ...errors(400, 401, 404) },
        },
      },
      '/v1/flows': {
        get: { summary: 'Flows with their versions', responses: { '200': { description: 'Flows' }, ...errors(401) } },
        post: {
          summary: 'Load a flow document as a new version (validated) and make it current',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: `A Baton flow (${FLOW_SCHEMA_ID})` } } } },
          responses: { '201': ok('A new version', 'FlowVersion'), '200': ok('The same document was already that version; it is current now', 'FlowVersion'), ...errors(400, 401, 413, 422) },
        },
      },
      '/v1/flows/{id}/current': {
        post: {
          summary: 'Make a stored version current (rollback); running conversations keep theirs',
          parameters: [idParam],
          requestBody: { required: true, content: json('SetCurrent') },
          responses: { '200': ok('The version now current', 'FlowVersion'), ...errors(400, 401, 404) },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'BATON_API_KEY' } },
      responses: { Error: { description: 'An error', content: json('Error') } },
      schemas: {
        CreateConversation: schemaOf(createConversationSchema),
        InputEvent: schemaOf(inputEventSchema),
        SetCurrent: schemaOf(setCurrentSchema),
        Effect: {
          type: 'object',
          required: ['seq', 'at', 'type'],
          properties: { seq: { type: 'integer' }, at: { type: 'integer', description: 'ms since the conversation started' }, type: { type: 'string' }, nodeId: { type: 'string' } },
          additionalProperties: true,
        },
        ConversationCreated: {
          type: 'object',
          properties: { id: { type: 'string' }, flowId: { type: 'string' }, flowVersion: { type: 'integer' }, refs: { type: 'object' }, effects: { type: 'array', items: { $ref: '#/components/schemas/Effect' } } },
        },
        Conversation: {
          type: 'object',
          properties: { id: { type: 'string' }, flowId: { type: 'string' }, flowVersion: { type: 'integer' }, refs: { type: 'object' }, state: { type: 'object' }, nextSeq: { type: 'integer' }, timerAt: { type: 'string', nullable: true, format: 'date-time' } },
        },
        TurnResult: {
          type: 'object',
          properties: { conversationId: { type: 'string' }, duplicate: { type: 'boolean' }, effects: { type: 'array', items: { $ref: '#/components/schemas/Effect' } } },
        },
        EffectPage: {
          type: 'object',
          properties: { conversationId: { type: 'string' }, next: { type: 'integer' }, effects: { type: 'array', items: { $ref: '#/components/schemas/Effect' } } },
        },
        FlowVersion: {
          type: 'object',
          properties: { flowId: { type: 'string' }, version: { type: 'integer' }, current: { type: 'boolean' }, created: { type: 'boolean' } },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string', description: 'JSON pointer into the request' } },
            },
          },
        },
      },
    },
  };
}
