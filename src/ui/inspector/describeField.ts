import * as z from 'zod/mini';

export type FieldSpec =
  | { kind: 'boolean' }
  | { kind: 'number'; min?: number; max?: number; integer: boolean }
  | { kind: 'string'; multiline: boolean }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'strings' }
  | { kind: 'staff'; nullable: boolean }
  | { kind: 'other' };

type Schema = z.core.$ZodType;
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable']);

/** Reads zod's definitions (`_zod.def`), which zod/mini and classic share. */
function unwrap(schema: Schema): { inner: Schema; nullable: boolean; description?: string } {
  let s = schema;
  let nullable = false;
  let description = z.globalRegistry.get(schema)?.description;
  while (WRAPPERS.has(s._zod.def.type)) {
    if (s._zod.def.type === 'nullable') nullable = true;
    s = (s._zod.def as z.core.$ZodOptionalDef).innerType;
    description ??= z.globalRegistry.get(s)?.description;
  }
  return { inner: s, nullable, description };
}

interface NumberBounds {
  min?: number;
  max?: number;
  integer: boolean;
}

/** The number's inclusive bounds and whether it must be whole, from its checks (gte, lte, int). */
function boundsOf(schema: Schema): NumberBounds {
  const bounds: NumberBounds = { integer: false };
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: number; inclusive?: boolean; format?: string };
    if (def.check === 'greater_than' && def.inclusive) bounds.min = Math.max(bounds.min ?? -Infinity, def.value!);
    if (def.check === 'less_than' && def.inclusive) bounds.max = Math.min(bounds.max ?? Infinity, def.value!);
    if (def.check === 'number_format' && def.format?.includes('int')) bounds.integer = true;
  }
  return bounds;
}

/**
 * What input edits a data field, read from the kind's zod schema (so a new field in a kind's
 * schema appears in the inspector without UI changes), with the schema's description as help.
 */
export function describeField(key: string, schema: Schema): { spec: FieldSpec; help?: string } {
  const { inner, nullable, description } = unwrap(schema);
  const help = description;
  const def = inner._zod.def;
  if (key === 'assigneeId') return { spec: { kind: 'staff', nullable }, help };
  if (def.type === 'boolean') return { spec: { kind: 'boolean' }, help };
  if (def.type === 'number') return { spec: { kind: 'number', ...boundsOf(inner) }, help };
  if (def.type === 'string') return { spec: { kind: 'string', multiline: key === 'text' }, help };
  if (def.type === 'enum') return { spec: { kind: 'enum', options: Object.values((def as z.core.$ZodEnumDef).entries) as string[] }, help };
  if (def.type === 'array' && unwrap((def as z.core.$ZodArrayDef).element).inner._zod.def.type === 'string') return { spec: { kind: 'strings' }, help };
  return { spec: { kind: 'other' }, help };
}
