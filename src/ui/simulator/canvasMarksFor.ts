import type { EditorStore } from '../../editor/createEditorStore';
import { createCanvasMarks, type CanvasMarks } from './createCanvasMarks';

const marks = new WeakMap<EditorStore, CanvasMarks>();

/** The canvas marks (breakpoints, the run's path, coverage) of one open flow; made on first use. */
export function canvasMarksFor(editor: EditorStore): CanvasMarks {
  let found = marks.get(editor);
  if (!found) marks.set(editor, (found = createCanvasMarks()));
  return found;
}
