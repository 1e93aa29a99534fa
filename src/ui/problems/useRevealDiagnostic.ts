import { useCallback } from 'react';
import type { Diagnostic } from '../../rules/diagnostic';
import { useEditorStore } from '../store/useEditorStore';
import { useRevealNode } from '../canvas/useRevealNode';
import { focusField, scopeOfPointer } from '../inspector/fieldId';
import { preloadNodeInspector } from '../inspector/lazyNodeInspector';

/**
 * Focuses the field once the inspector shows it: on the next task, or, while the node forms'
 * code is still arriving (a click before the idle preload finished), as soon as they render.
 */
function focusWhenShown(scope: string, pointer: string, triesLeft = 20) {
  setTimeout(() => {
    if (!focusField(scope, pointer) && triesLeft > 1) setTimeout(() => focusWhenShown(scope, pointer, triesLeft - 1), 50);
  }, 0);
}

/**
 * Takes the user to a diagnostic: selects its node (or edge), centres it, and focuses the
 * inspector field its JSON path points at, once the inspector has rendered that node.
 */
export function useRevealDiagnostic() {
  const store = useEditorStore();
  const reveal = useRevealNode();
  return useCallback(
    (d: Diagnostic) => {
      const flow = store.getState().flow;
      const where = d.path ? scopeOfPointer(d.path, flow.nodes.map((n) => n.id)) : null;
      const nodeId = d.nodeId ?? (where && where.scope !== 'flow' ? where.scope : undefined);
      if (nodeId) reveal(nodeId);
      else if (d.edgeId) store.setSelection({ nodeIds: [], edgeIds: [d.edgeId] });
      else store.setSelection({ nodeIds: [], edgeIds: [] });
      const scope = nodeId ?? 'flow';
      const pointer = where && where.scope === scope ? where.pointer : '';
      // The inspector re-renders for the new selection first; focus after it.
      if (scope === 'flow') focusWhenShown(scope, pointer, 1);
      else void preloadNodeInspector().then(() => focusWhenShown(scope, pointer));
    },
    [store, reveal],
  );
}
