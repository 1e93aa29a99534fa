import { useCallback } from 'react';
import { addNode } from '../../editor/commands/addNode';
import { findFreeSpot } from '../../editor/findFreeSpot';
import type { NodeType, Position } from '../../schema';
import { createNode } from '../../schema';
import { nodeGeometry } from '../nodes/nodeGeometry';
import { useEditorStore } from '../store/useEditorStore';
import { snapToGrid } from './snapToGrid';

/**
 * Adds a node of a kind so that it is centred on a flow position (snapped); the store selects it.
 * A drop lands exactly where it was released; `avoidOverlap` (keyboard adds) moves it to the
 * nearest free spot, so nodes added one after another do not pile up in the middle of the view.
 */
export function useAddNodeAt() {
  const store = useEditorStore();
  return useCallback(
    (type: NodeType, center: Position, options: { avoidOverlap?: boolean } = {}) => {
      const size = nodeGeometry(createNode(type, 'probe'));
      let position = snapToGrid({ x: center.x - size.width / 2, y: center.y - Math.min(size.height, 80) / 2 });
      if (options.avoidOverlap) position = findFreeSpot(store.getState().flow, position, size, nodeGeometry);
      return store.run(addNode, { type, position });
    },
    [store],
  );
}
