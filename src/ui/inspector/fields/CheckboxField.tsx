import type { ReactNode } from 'react';
import { Field, describedBy } from './Field';

interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  help?: ReactNode;
  errors?: readonly string[];
}

/** A labelled checkbox; each toggle is one undo step. */
export function CheckboxField({ id, label, checked, onChange, help, errors = [] }: Props) {
  return (
    <Field id={id} label={label} help={help} errors={errors} inline>
      <input id={id} type="checkbox" className="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} {...describedBy(id, help, errors)} />
    </Field>
  );
}
