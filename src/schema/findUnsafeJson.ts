/**
 * How deep a flow document may nest. The deepest real path is about seven levels
 * (`/nodes/0/data/destination/attributes/0/name`); anything far beyond is not a flow, and
 * recursive code further on (the JSON view's tolerant parser, structured clone) would run out of
 * stack on 10,000 levels.
 */
export const MAX_JSON_DEPTH = 64;

export interface UnsafeJson {
  /** JSON pointer (RFC 6901) to the key or value at fault. */
  path: string;
  message: string;
}

interface Entry {
  value: unknown;
  key: string;
  parent: Entry | null;
  depth: number;
}

/** The pointer is built only for the one entry reported, not for every value walked. */
function pointerOf(entry: Entry): string {
  let path = '';
  for (let at: Entry | null = entry; at && at.parent; at = at.parent) path = '/' + at.key.replace(/~/g, '~0').replace(/\//g, '~1') + path;
  return path;
}

/**
 * The first thing in a JSON value that must not go further into Baton: a `__proto__` key (it
 * would replace an object's prototype when copied by assignment) or nesting deeper than
 * MAX_JSON_DEPTH. Walks with its own stack, so depth never costs call stack; `null` when safe.
 */
export function findUnsafeJson(value: unknown): UnsafeJson | null {
  if (value === null || typeof value !== 'object') return null;
  const stack: Entry[] = [{ value, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const current = entry.value as object;
    if (entry.depth >= MAX_JSON_DEPTH) {
      return {
        path: pointerOf(entry),
        message: `The document nests more than ${MAX_JSON_DEPTH} levels deep here; a Baton flow never nests that deep`,
      };
    }
    const depth = entry.depth + 1;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, key: String(i), parent: entry, depth });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (key === '__proto__') {
        return { path: pointerOf({ value: null, key, parent: entry, depth }), message: '"__proto__" is not allowed as a key anywhere in a flow' };
      }
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, key, parent: entry, depth });
    }
  }
  return null;
}
