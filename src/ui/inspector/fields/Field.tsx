import type { ReactNode } from 'react';
import { FieldFixes } from '../../problems/FieldFixes';

interface Props {
  id: string;
  label: string;
  help?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
  /** Checkboxes put the label after the control. */
  inline?: boolean;
}

/** Label, control, help and inline errors, wired with aria-describedby / aria-invalid by the control. */
export function Field({ id, label, help, errors = [], children, inline }: Props) {
  return (
    <div className={`field${inline ? ' field-inline' : ''}${errors.length ? ' has-error' : ''}`}>
      {!inline && (
        <label htmlFor={id} className="field-label">
          {label}
        </label>
      )}
      {children}
      {inline && (
        <label htmlFor={id} className="field-label">
          {label}
        </label>
      )}
      {errors.map((message, i) => (
        <p key={i} id={`${id}-error${i ? `-${i}` : ''}`} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <FieldFixes fieldId={id} messages={errors} />
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
    </div>
  );
}

/** The aria attributes a control needs to point at its help and errors. */
export function describedBy(id: string, help: unknown, errors: readonly string[] = []): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const ids = [...errors.map((_, i) => `${id}-error${i ? `-${i}` : ''}`), ...(help ? [`${id}-help`] : [])];
  return { ...(ids.length ? { 'aria-describedby': ids.join(' ') } : {}), ...(errors.length ? { 'aria-invalid': true as const } : {}) };
}
