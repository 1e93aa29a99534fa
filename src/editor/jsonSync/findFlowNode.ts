import type { JsonNode } from './parseJsonTree';

function propertyValue(object: JsonNode, key: string): JsonNode | undefined {
  if (object.type !== 'object') return undefined;
  return object.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

/** The `nodes` (or `edges`) array of a flow document's syntax tree. */
export function topLevelArray(root: JsonNode, key: 'nodes' | 'edges'): JsonNode | undefined {
  const array = propertyValue(root, key);
  return array?.type === 'array' ? array : undefined;
}

/** The `id` of an item of `nodes`/`edges`, when it is a string. */
export function idOf(item: JsonNode): string | null {
  const id = propertyValue(item, 'id');
  return id?.type === 'string' ? (id.value as string) : null;
}

/** The syntax-tree item of `nodes` (or `edges`) whose `id` is `id`. */
export function findFlowNode(root: JsonNode, id: string, key: 'nodes' | 'edges' = 'nodes'): JsonNode | undefined {
  return topLevelArray(root, key)?.children?.find((item) => idOf(item) === id);
}
