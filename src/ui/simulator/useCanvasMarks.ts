import { useEffect } from 'react';
import { useEditorStore } from '../store/useEditorStore';
import { attachCanvasMarks } from './attachCanvasMarks';
import { canvasMarksFor } from './canvasMarksFor';
import type { CanvasMarks } from './createCanvasMarks';

/** Keeps the simulator's canvas marks drawn (and F9 bound) while the calling component is mounted. */
export function useCanvasMarks(): CanvasMarks {
  const editor = useEditorStore();
  const marks = canvasMarksFor(editor);
  useEffect(() => attachCanvasMarks(editor, marks), [editor, marks]);
  return marks;
}
