/** A User-to-User header value (RFC 7433): `data;encoding=hex;purpose=...;content=...`. */
export interface UserToUser {
  data: string;
  params: Record<string, string>;
  /** False only when `encoding=hex` is declared and the data is not an even run of hex digits. */
  dataMatchesEncoding: boolean;
}

/**
 * RFC 7433 §4: with `encoding=hex` the data is hex digits (pairs of them, one per octet);
 * other encodings or none leave the data opaque, so it is not checked.
 */
export function parseUserToUser(value: string): UserToUser {
  const [data, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name) params[name] = eq < 0 ? '' : part.slice(eq + 1).trim();
  }
  const hex = params.encoding?.toLowerCase() === 'hex';
  return { data, params, dataMatchesEncoding: !hex || /^(?:[0-9A-Fa-f]{2})+$/.test(data.trim()) };
}
