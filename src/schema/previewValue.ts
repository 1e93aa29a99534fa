/**
 * A value as a message may quote it: a string in quotes cut to 40 characters, a number or a
 * boolean as written, anything else by its kind. Never JSON.stringify on what a file holds: a
 * 100,000-character string would flood the message and a 10,000-deep array overflow the stack.
 */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'an array' : `an ${typeof value}`;
}
