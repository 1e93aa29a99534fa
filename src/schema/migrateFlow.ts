import { checkFlowMarker } from './checkFlowMarker';
import { FLOW_VERSION } from './flow';
import { MIGRATIONS } from './migrations';

export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string; path: string };

/**
 * Brings a raw document of any known version up to the current one. Never throws. Only a
 * document that says it is a flow (checkFlowMarker: `"format": "baton.flow"` and a version,
 * version 0 included) is migrated.
 */
export function migrateFlow(raw: unknown): MigrateResult {
  const refused = checkFlowMarker(raw);
  if (refused) return { ok: false, ...refused };
  let doc = raw as Record<string, unknown>;
  const applied: string[] = [];
  for (let v = doc.version as number; v < FLOW_VERSION; v++) {
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
