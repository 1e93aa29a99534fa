import { useCallback } from 'react';
import { addNode } from '../../editor/commands/addNode';
import type { NodeType, Position } from '../../schema';
import { createNode } from '../../schema';
import { nodeGeometry } from '../nodes/nodeGeometry';
import { useEditorStore } from '../store/useEditorStore';
import { snapToGrid } from './snapToGrid';

/** Adds a node of a kind so that it is centred on a flow position (snapped); the store selects it. */
export function useAddNodeAt() {
  const store = useEditorStore();
  return useCallback(
    (type: NodeType, center: Position) => {
      const { width, height } = nodeGeometry(createNode(type, 'probe'));
      return store.run(addNode, { type, position: snapToGrid({ x: center.x - width / 2, y: center.y - Math.min(height, 80) / 2 }) });
    },
    [store],
  );
}
