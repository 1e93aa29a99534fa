import { FLOW_VERSION } from './flow';
import { MIGRATIONS } from './migrations';

export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string; path: string };

/** Brings a raw document of any known version up to the current one. Never throws. */
export function migrateFlow(raw: unknown): MigrateResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, path: '', message: 'A flow must be a JSON object' };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, path: '/version', message: `Unknown version ${JSON.stringify(version)}` };
  }
  if (version > FLOW_VERSION) {
    return {
      ok: false,
      path: '/version',
      message: `This flow is version ${version}; this Baton reads up to version ${FLOW_VERSION}. Update Baton to open it.`,
    };
  }
  const applied: string[] = [];
  for (let v = version; v < FLOW_VERSION; v++) {
    const migration = MIGRATIONS[v];
    try {
      doc = migration.up(doc);
    } catch (error) {
      return { ok: false, path: '', message: `Migration ${migration.name} failed: ${String(error)}` };
    }
    applied.push(`${String(migration.from).padStart(4, '0')}_${migration.name}`);
  }
  return { ok: true, doc, applied };
}
