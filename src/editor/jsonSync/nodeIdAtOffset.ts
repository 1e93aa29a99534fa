import { findNodeAtOffset } from 'jsonc-parser';
import { idOf, topLevelArray } from './findFlowNode';
import { parseJsonTree } from './parseJsonTree';

/** The id of the flow node whose JSON contains the cursor, so the canvas can select it. */
export function nodeIdAtOffset(text: string, offset: number): string | null {
  const root = parseJsonTree(text);
  const nodes = root && topLevelArray(root, 'nodes');
  if (!nodes) return null;
  let node = findNodeAtOffset(root, offset, true);
  while (node && node.parent !== nodes) node = node.parent;
  return node ? idOf(node) : null;
}
