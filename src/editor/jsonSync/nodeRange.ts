import { findFlowNode } from './findFlowNode';
import type { TextRange } from './locatePointer';
import { parseJsonTree } from './parseJsonTree';

/** The text range of a node's JSON object, to reveal it when the node is selected on the canvas. */
export function nodeRange(text: string, nodeId: string): TextRange | null {
  const root = parseJsonTree(text);
  const item = root && findFlowNode(root, nodeId);
  return item ? { start: item.offset, end: item.offset + item.length } : null;
}
