import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../rules/diagnostic';
import { validateDocument } from '../../rules/validateDocument';
import type { Flow } from '../../schema';
import type { Database, Queryable } from '../db/database';
import { notFound, ServerError } from '../errors';

export interface FlowVersionInfo {
  flowId: string;
  version: number;
  current: boolean;
  /** False when the document was already stored as that version. */
  created: boolean;
}

/** A flow that will not run: the validator's errors, as `baton validate` reports them. */
export class FlowInvalidError extends ServerError {
  constructor(readonly diagnostics: Diagnostic[]) {
    const first = diagnostics[0];
    super(422, 'flow_invalid', `The flow has ${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}${first ? `; first: ${first.message}` : ''}.`, first?.path, diagnostics);
  }
}

export interface FlowRegistry {
  /**
   * Stores a flow document as a new version and makes it current, unless the same document is
   * already a version of that flow (then that version is returned; `makeCurrent` decides whether
   * it becomes current again). Refuses a document with validation errors.
   */
  load(raw: unknown, options: { source: 'file' | 'api'; makeCurrentIfKnown: boolean }): Promise<FlowVersionInfo>;
  /** The version new conversations of this flow start on. */
  currentVersion(flowId: string, q?: Queryable): Promise<number>;
  setCurrent(flowId: string, version: number): Promise<FlowVersionInfo>;
  /** A stored version, parsed (cached: versions never change). */
  get(flowId: string, version: number, q?: Queryable): Promise<Flow>;
  list(): Promise<{ flowId: string; currentVersion: number; versions: number[] }[]>;
}

/** Flow errors only (warnings and infos do not keep a flow from running), or the parsed flow. */
export function checkFlow(raw: unknown): Flow {
  const { flow, diagnostics } = validateDocument(raw);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!flow || errors.length > 0) throw new FlowInvalidError(errors);
  return flow;
}

const digestOf = (flow: Flow) => createHash('sha256').update(JSON.stringify(flow)).digest('hex');

export function createFlowRegistry(db: Database): FlowRegistry {
  const cache = new Map<string, Flow>();

  return {
    async load(raw, { source, makeCurrentIfKnown }) {
      const flow = checkFlow(raw);
      const digest = digestOf(flow);
      return db.transaction(async (tx) => {
        // One loader per flow at a time, across processes.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`baton.flow:${flow.id}`]);
        const known = await tx.query<{ version: number }>('SELECT version FROM flow_versions WHERE flow_id = $1 AND digest = $2', [flow.id, digest]);
        const current = await tx.query<{ current_version: number }>('SELECT current_version FROM flows WHERE flow_id = $1', [flow.id]);
        if (known.rows[0]) {
          const version = known.rows[0].version;
          if (makeCurrentIfKnown && current.rows[0]?.current_version !== version) {
            await tx.query('UPDATE flows SET current_version = $2, updated_at = now() WHERE flow_id = $1', [flow.id, version]);
            return { flowId: flow.id, version, current: true, created: false };
          }
          return { flowId: flow.id, version, current: current.rows[0]?.current_version === version, created: false };
        }
        const next = await tx.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM flow_versions WHERE flow_id = $1', [flow.id]);
        const version = next.rows[0].v;
        await tx.query('INSERT INTO flow_versions (flow_id, version, document, digest, source) VALUES ($1, $2, $3, $4, $5)', [flow.id, version, JSON.stringify(flow), digest, source]);
        await tx.query(
          `INSERT INTO flows (flow_id, current_version) VALUES ($1, $2)
           ON CONFLICT (flow_id) DO UPDATE SET current_version = EXCLUDED.current_version, updated_at = now()`,
          [flow.id, version],
        );
        cache.set(`${flow.id}@${version}`, flow);
        return { flowId: flow.id, version, current: true, created: true };
      });
    },

    async currentVersion(flowId, q = db) {
      const { rows } = await q.query<{ current_version: number }>('SELECT current_version FROM flows WHERE flow_id = $1', [flowId]);
      if (!rows[0]) throw notFound('flow', flowId, '/flowId');
      return rows[0].current_version;
    },

    async setCurrent(flowId, version) {
      const { rowCount } = await db.query(
        `UPDATE flows SET current_version = $2, updated_at = now()
         WHERE flow_id = $1 AND EXISTS (SELECT 1 FROM flow_versions WHERE flow_id = $1 AND version = $2)`,
        [flowId, version],
      );
      if (rowCount === 0) {
        await this.currentVersion(flowId);
        throw notFound(`version of flow "${flowId}" numbered`, String(version), '/version');
      }
      return { flowId, version, current: true, created: false };
    },

    async get(flowId, version, q = db) {
      const key = `${flowId}@${version}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const { rows } = await q.query<{ document: unknown }>('SELECT document FROM flow_versions WHERE flow_id = $1 AND version = $2', [flowId, version]);
      if (!rows[0]) throw notFound('flow version', key);
      const flow = checkFlow(rows[0].document);
      cache.set(key, flow);
      return flow;
    },

    async list() {
      const { rows } = await db.query<{ flow_id: string; current_version: number; versions: number[] }>(
        `SELECT f.flow_id, f.current_version, array_agg(v.version ORDER BY v.version) AS versions
         FROM flows f JOIN flow_versions v USING (flow_id) GROUP BY f.flow_id, f.current_version ORDER BY f.flow_id`,
      );
      return rows.map((r) => ({ flowId: r.flow_id, currentVersion: r.current_version, versions: r.versions }));
    },
  };
}
