import { parseTree, type Node as JsonNode } from 'jsonc-parser';

export type { JsonNode };

let lastText: string | null = null;
let lastTree: JsonNode | undefined;

/**
 * A JSON syntax tree with offsets, tolerant of errors (a half-typed document still yields the
 * parts that parse). The last result is memoized because cursor moves, markers and node
 * reveal all ask about the same text in a row. jsonc-parser recurses per level, so text nested
 * thousands deep overflows the stack: that gives no tree (the import refuses such text anyway).
 */
export function parseJsonTree(text: string): JsonNode | undefined {
  if (text !== lastText) {
    try {
      lastTree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      lastTree = undefined;
    }
    lastText = text;
  }
  return lastTree;
}
