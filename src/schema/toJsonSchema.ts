import * as z from 'zod/mini';
import { flowSchema } from './flow';

export const FLOW_SCHEMA_ID = 'https://baton.dev/schema/baton-flow.schema.json';

/**
 * The flow format as JSON Schema (draft 2020-12), for editors that validate by `$schema`.
 * Input mode: fields with defaults are optional, as a writer may omit them.
 * zod refinements (reserved ids) do not reach JSON Schema; the validator reports those.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(flowSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: FLOW_SCHEMA_ID, title: 'Baton flow', description: 'A Baton human-handover flow, version 1.' };
}
