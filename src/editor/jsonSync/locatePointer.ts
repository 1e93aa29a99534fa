import { parseJsonTree, type JsonNode } from './parseJsonTree';

export interface TextRange {
  start: number;
  end: number;
}

export interface LocatedNode {
  node: JsonNode;
  /** false when the pointer's tail was missing and this is the nearest existing parent. */
  exact: boolean;
}

/** RFC 6901: "/nodes/3/data" → ["nodes", "3", "data"], with ~1 → "/" and ~0 → "~". */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function childAt(node: JsonNode, segment: string): JsonNode | undefined {
  if (node.type === 'object') {
    // The last duplicate key wins, as in JSON.parse.
    const property = node.children?.findLast((p) => p.children?.[0]?.value === segment);
    return property?.children?.[1];
  }
  if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) return node.children?.[Number(segment)];
  return undefined;
}

/** Walks a pointer down a syntax tree, stopping at the deepest node that exists. */
export function locateInTree(root: JsonNode, pointer: string): LocatedNode {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    const child = childAt(node, segment);
    if (!child) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

/**
 * Where a JSON pointer (a Diagnostic's or ParseIssue's `path`) sits in the text, as offsets.
 * Falls back to the nearest existing parent when the exact path is missing (a required
 * property not written yet). Null only when the text has no JSON value at all.
 */
export function locatePointer(text: string, pointer: string): (TextRange & { exact: boolean }) | null {
  const root = parseJsonTree(text);
  if (!root) return null;
  const { node, exact } = locateInTree(root, pointer);
  return { start: node.offset, end: node.offset + node.length, exact };
}
