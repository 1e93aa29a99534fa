import type { ReactNode } from 'react';
import type { Command } from '../../../editor/commands/types';
import { useFieldGesture } from '../../store/useFieldGesture';
import { Field, describedBy } from './Field';

interface Props<A> {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The command run on each change; the changes from focus to blur are one undo step. */
  command: Command<A>;
  args(value: string): A;
  help?: ReactNode;
  errors?: readonly string[];
}

/**
 * A labelled native select (keyboard and screen-reader friendly for free). Arrowing through a
 * closed select fires a change per option passed (Chromium), so a pass is one field gesture,
 * like a text field's edit; a change without focus is a step of its own.
 */
export function SelectField<A>({ id, label, value, options, command, args, help, errors = [] }: Props<A>) {
  const gesture = useFieldGesture();
  return (
    <Field id={id} label={label} help={help} errors={errors}>
      <select
        id={id}
        className="input select"
        value={value}
        onFocus={gesture.onFocus}
        onBlur={gesture.onBlur}
        onChange={(e) => gesture.run(command, args(e.target.value))}
        {...describedBy(id, help, errors)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
