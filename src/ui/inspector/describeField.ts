import { z } from 'zod';

export type FieldSpec =
  | { kind: 'boolean' }
  | { kind: 'number'; min?: number; max?: number; integer: boolean }
  | { kind: 'string'; multiline: boolean }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'strings' }
  | { kind: 'staff'; nullable: boolean }
  | { kind: 'other' };

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean; description?: string } {
  let s: z.ZodType = schema;
  let nullable = false;
  let description = schema.description;
  for (;;) {
    if (s instanceof z.ZodNullable) nullable = true;
    if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) {
      s = (s as unknown as { unwrap(): z.ZodType }).unwrap();
      description ??= s.description;
    } else return { inner: s, nullable, description };
  }
}

/**
 * What input edits a data field, read from the kind's zod schema (so a new field in a kind's
 * schema appears in the inspector without UI changes), with the schema's description as help.
 */
export function describeField(key: string, schema: z.ZodType): { spec: FieldSpec; help?: string } {
  const { inner, nullable, description } = unwrap(schema);
  const help = description;
  if (key === 'assigneeId') return { spec: { kind: 'staff', nullable }, help };
  if (inner instanceof z.ZodBoolean) return { spec: { kind: 'boolean' }, help };
  if (inner instanceof z.ZodNumber) {
    return { spec: { kind: 'number', min: inner.minValue ?? undefined, max: inner.maxValue ?? undefined, integer: inner.isInt }, help };
  }
  if (inner instanceof z.ZodString) return { spec: { kind: 'string', multiline: key === 'text' }, help };
  if (inner instanceof z.ZodEnum) return { spec: { kind: 'enum', options: inner.options as readonly string[] }, help };
  if (inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType).inner instanceof z.ZodString) return { spec: { kind: 'strings' }, help };
  return { spec: { kind: 'other' }, help };
}
