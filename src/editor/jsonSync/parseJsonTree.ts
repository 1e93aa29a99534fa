import { parseTree, type Node as JsonNode } from 'jsonc-parser';

export type { JsonNode };

let lastText: string | null = null;
let lastTree: JsonNode | undefined;

/**
 * A JSON syntax tree with offsets, tolerant of errors (a half-typed document still yields the
 * parts that parse). The last result is memoized because cursor moves, markers and node
 * reveal all ask about the same text in a row.
 */
export function parseJsonTree(text: string): JsonNode | undefined {
  if (text !== lastText) {
    lastTree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    lastText = text;
  }
  return lastTree;
}
