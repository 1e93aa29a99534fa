import type { ReactNode } from 'react';
import { Field, describedBy } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  help?: ReactNode;
  errors?: readonly string[];
}

/** A labelled native select (keyboard and screen-reader friendly for free). */
export function SelectField({ id, label, value, options, onChange, help, errors = [] }: Props) {
  return (
    <Field id={id} label={label} help={help} errors={errors}>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)} {...describedBy(id, help, errors)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
