import { useState, type ReactNode } from 'react';
import { useFieldGesture } from '../../store/useFieldGesture';
import { useEditorStore } from '../../store/useEditorStore';
import type { Command } from '../../../editor/commands/types';
import { Field, describedBy } from './Field';

interface Props<A> {
  id: string;
  label: string;
  value: number;
  command: Command<A>;
  args(value: number): A;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  help?: ReactNode;
  errors?: readonly string[];
}

/** A number input; text that is not a number (or is refused by the schema) stays local with a message. */
export function NumberField<A>({ id, label, value, command, args, min, max, step = 1, unit, help, errors = [] }: Props<A>) {
  const store = useEditorStore();
  const gesture = useFieldGesture();
  const [draft, setDraft] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const allErrors = localError ? [localError, ...errors] : errors;
  function onChange(text: string) {
    setDraft(text);
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return setLocalError(`${label}: enter a number`);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) return setLocalError(`${label}: enter a value from ${min} to ${max}${unit ? ` ${unit}` : ''}`);
    const ok = gesture.run(command, args(n));
    const notice = store.getState().notice;
    setLocalError(!ok && notice?.kind === 'refused' ? notice.message : null);
  }
  return (
    <Field id={id} label={label} help={help} errors={allErrors}>
      <div className="input-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="input"
          value={draft ?? String(value)}
          min={min}
          max={max}
          step={step}
          onFocus={gesture.onFocus}
          onBlur={() => {
            gesture.onBlur();
            setDraft(null);
            setLocalError(null);
          }}
          onChange={(e) => onChange(e.target.value)}
          {...describedBy(id, help, allErrors)}
        />
        {unit && <span className="unit" aria-hidden="true">{unit}</span>}
      </div>
    </Field>
  );
}
