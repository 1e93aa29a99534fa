import { nanoid } from 'nanoid';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A fresh id matching the schema's id pattern (letters, digits, "_" or "-", at most 64), prefixed
 * so exported JSON stays readable ("pause-V1StGXR8"). A wanted id is sanitised and kept when free.
 */
export function createId(prefix: string, taken: ReadonlySet<string>, wanted?: string): string {
  const base = sanitise(wanted ?? '');
  if (base && !taken.has(base) && !RESERVED.has(base)) return base;
  const stem = sanitise(base || prefix).slice(0, 48) || 'id';
  for (;;) {
    const id = `${stem}-${nanoid(10)}`;
    if (ID_PATTERN.test(id) && !taken.has(id)) return id;
  }
}

function sanitise(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64);
}
