import type { Diagnostic, Severity } from '../../rules/diagnostic';
import { findFlowNode } from './findFlowNode';
import { locateInTree, type TextRange } from './locatePointer';
import { parseJsonTree, type JsonNode } from './parseJsonTree';

export interface JsonMarker {
  startOffset: number;
  endOffset: number;
  severity: Severity;
  /** The diagnostic's message followed by its code, so squiggle hovers name the rule. */
  message: string;
  code: string;
}

/**
 * A whole object or array is too big to squiggle: mark the key it hangs from (as VS Code's
 * JSON service does for a missing property), or for an array item its first property.
 */
function markRange(node: JsonNode): TextRange {
  if (node.type !== 'object' && node.type !== 'array') return { start: node.offset, end: node.offset + node.length };
  const parent = node.parent;
  if (parent?.type === 'property') {
    const key = parent.children![0];
    return { start: key.offset, end: key.offset + key.length };
  }
  const first = node.children?.[0];
  if (node.type === 'object' && first) return { start: first.offset, end: first.offset + first.length };
  return { start: node.offset, end: node.offset + 1 };
}

function targetOf(root: JsonNode, diagnostic: Diagnostic): JsonNode {
  if (diagnostic.path !== undefined) return locateInTree(root, diagnostic.path).node;
  if (diagnostic.nodeId) return findFlowNode(root, diagnostic.nodeId) ?? root;
  if (diagnostic.edgeId) return findFlowNode(root, diagnostic.edgeId, 'edges') ?? root;
  return root;
}

/**
 * Validator diagnostics → editor markers (offsets; the Monaco wrapper turns them into lines).
 * Located by JSON path first, then node id, then edge id; a diagnostic about the whole flow
 * marks the start of the document.
 */
export function diagnosticsToMarkers(text: string, diagnostics: readonly Diagnostic[]): JsonMarker[] {
  const root = parseJsonTree(text);
  return diagnostics.map((diagnostic) => {
    const range = root ? markRange(targetOf(root, diagnostic)) : { start: 0, end: Math.min(1, text.length) };
    return {
      startOffset: range.start,
      endOffset: range.end,
      severity: diagnostic.severity,
      message: `${diagnostic.message} (${diagnostic.code})`,
      code: diagnostic.code,
    };
  });
}
