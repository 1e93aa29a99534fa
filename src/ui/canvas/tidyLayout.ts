import type { EditorStore } from '../../editor/createEditorStore';
import { nodeGeometry } from '../nodes/nodeGeometry';

/**
 * Tidy layout's shortcut. It is `autoLayout.keys` (a test keeps the two equal), repeated here
 * because importing the command would put dagre in the JavaScript the editor starts with.
 */
export const TIDY_LAYOUT_KEYS = ['Shift+L'] as const;

/**
 * Runs "Tidy layout" (the autoLayout command, one undoable step). The command and dagre load with
 * the first use. Resolves false when nothing moved.
 */
export async function tidyLayout(store: EditorStore): Promise<boolean> {
  const { autoLayout } = await import('../../editor/commands/autoLayout');
  return store.run(autoLayout, { sizeOf: nodeGeometry });
}
