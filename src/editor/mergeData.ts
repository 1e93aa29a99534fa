type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep merge of a partial update into node data: nested objects merge (so `{ destination: { to } }`
 * keeps the rest of the destination), arrays and scalars replace.
 */
export function mergeData(base: Plain, patch: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = isPlain(value) && isPlain(base[key]) ? mergeData(base[key] as Plain, value) : value;
  }
  return out;
}
