import { useState, type ReactNode } from 'react';
import { useFieldGesture } from '../../store/useFieldGesture';
import { useEditorStore } from '../../store/useEditorStore';
import type { Command } from '../../../editor/commands/types';
import { Field, describedBy } from './Field';

interface Props<A> {
  id: string;
  label: string;
  value: string;
  /** Builds the command run on each keystroke (one undo step per focus). */
  command: Command<A>;
  args(value: string): A;
  help?: ReactNode;
  errors?: readonly string[];
  multiline?: boolean;
  placeholder?: string;
  /** Checks the text before it is sent; a message keeps it local and shows it inline. */
  check?(value: string): string | null;
  mono?: boolean;
}

/**
 * A text input bound to the document. While focused it shows what the user typed (commands may
 * trim or refuse), and every keystroke that passes runs the command inside one field gesture.
 */
export function TextField<A>({ id, label, value, command, args, help, errors = [], multiline, placeholder, check, mono }: Props<A>) {
  const store = useEditorStore();
  const gesture = useFieldGesture();
  const [draft, setDraft] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const shown = draft ?? value;
  const allErrors = localError ? [localError, ...errors] : errors;
  function onChange(text: string) {
    setDraft(text);
    const problem = check?.(text) ?? null;
    if (problem) return setLocalError(problem);
    const ok = gesture.run(command, args(text));
    const notice = store.getState().notice;
    setLocalError(!ok && notice?.kind === 'refused' ? notice.message : null);
  }
  const common = {
    id,
    value: shown,
    placeholder,
    className: `input${mono ? ' mono' : ''}`,
    onFocus: gesture.onFocus,
    onBlur: () => {
      gesture.onBlur();
      setDraft(null);
      setLocalError(null);
    },
    ...describedBy(id, help, allErrors),
  };
  return (
    <Field id={id} label={label} help={help} errors={allErrors}>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} /> : <input type="text" {...common} spellCheck={!mono} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
