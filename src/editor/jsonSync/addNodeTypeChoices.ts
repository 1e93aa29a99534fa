import { NODE_KINDS, NODE_TYPES } from '../../schema';

type JsonSchema = Record<string, unknown>;

/**
 * The flow JSON Schema for the editor, with every node type offered at `"type": "`. The schema
 * lists node kinds as `oneOf` branches with a `const` type each, and a JSON completion engine
 * proposes only the branch the half-written node already matches; an `enum` beside the
 * branches (a superset, so validation is unchanged) lets it propose all kinds, with their labels.
 */
export function addNodeTypeChoices(schema: JsonSchema): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  const nodes = properties?.nodes;
  const items = nodes?.items as JsonSchema | undefined;
  if (!properties || !nodes || !items) return schema;
  const type = {
    type: 'string',
    enum: [...NODE_TYPES],
    enumDescriptions: NODE_TYPES.map((t) => `${NODE_KINDS[t].label} — ${NODE_KINDS[t].description}`),
    description: 'The node kind (machine id); its label on the canvas comes from the registry.',
  };
  return {
    ...schema,
    properties: { ...properties, nodes: { ...nodes, items: { ...items, properties: { type } } } },
  };
}
