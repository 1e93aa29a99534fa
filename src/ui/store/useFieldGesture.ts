import { useCallback, useRef } from 'react';
import type { Command } from '../../editor/commands/types';
import { useEditorStore } from './useEditorStore';

let nextGesture = 0;

/**
 * Runs a command as part of one gesture per field focus: every keystroke updates the document
 * live, and the whole edit of the field is a single undo step ("one field edit = one undo step").
 */
export function useFieldGesture() {
  const store = useEditorStore();
  const gesture = useRef<string | null>(null);
  const onFocus = useCallback(() => {
    store.endGesture();
    gesture.current = `field-${++nextGesture}`;
  }, [store]);
  const onBlur = useCallback(() => {
    gesture.current = null;
    store.endGesture();
  }, [store]);
  const run = useCallback(
    <A,>(command: Command<A>, args: A) => store.run(command, args, gesture.current ? { gesture: gesture.current } : undefined),
    [store],
  );
  return { onFocus, onBlur, run };
}
