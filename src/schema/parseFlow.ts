import type * as z from 'zod/mini';
import { flowSchema, type Flow } from './flow';
import { checkFlowMarker } from './checkFlowMarker';
import { findUnsafeJson } from './findUnsafeJson';
import { migrateFlow } from './migrateFlow';
import { previewValue } from './previewValue';

/** Imports larger than this are refused before parsing. */
export const MAX_FLOW_BYTES = 10 * 1024 * 1024;

export interface ParseIssue {
  /** JSON pointer into the document, e.g. `/nodes/3/data/seconds`. */
  path: string;
  message: string;
  nodeId?: string;
  /** Set when the issue is a node whose `type` is not one of the format's node types. */
  unknownNodeType?: string;
}

export type ParseResult = { ok: true; flow: Flow; migrated: string[] } | { ok: false; issues: ParseIssue[] };

/** JSON pointer from a path of keys (RFC 6901 escaping). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value = doc;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod names the allowed discriminators; say first what the document had. A bad record key says why. */
function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  if (issue.code === 'invalid_key') {
    const why = issue.issues.map((inner) => inner.message).join('; ');
    const key = previewValue(String(issue.path[issue.path.length - 1]));
    return why.includes(key) ? `Invalid key: ${why}` : `Invalid key ${key}: ${why}`;
  }
  if (issue.message.startsWith('Invalid discriminator value')) {
    const key = String(issue.path[issue.path.length - 1]);
    const found = valueAt(doc, issue.path);
    const what = found === undefined ? `Missing "${key}"` : `Unknown ${key} ${previewValue(found)}`;
    return `${what}. ${issue.message.replace('Invalid discriminator value. ', '')}`;
  }
  return issue.message;
}

/**
 * A zod error as issues with JSON pointers, saying what the document had where zod only names what
 * it expected (an unknown `type`); issues under `/nodes/N` name that node. For flows and for any
 * other document checked against a schema (a CLI script).
 */
export function issuesFromZod(error: z.core.$ZodError, doc: unknown): ParseIssue[] {
  const record = doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  const nodes = Array.isArray(record.nodes) ? record.nodes : [];
  return error.issues.slice(0, 200).map((issue) => {
    const [top, index] = issue.path;
    const node = top === 'nodes' && typeof index === 'number' ? nodes[index] : undefined;
    const nodeId = node && typeof node === 'object' && typeof node.id === 'string' ? node.id : undefined;
    const isNodeType = issue.path.length === 3 && node && issue.path[2] === 'type' && issue.message.startsWith('Invalid discriminator value');
    const unknownNodeType = isNodeType && typeof node.type === 'string' ? node.type : undefined;
    return {
      path: toPointer(issue.path),
      message: describeIssue(issue, doc),
      ...(nodeId ? { nodeId } : {}),
      ...(unknownNodeType !== undefined ? { unknownNodeType } : {}),
    };
  });
}

/** Where a JSON.parse error sits, as "line L, column C", when the engine reports a position. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return `Not valid JSON: ${message}`;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `Not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

/**
 * The one way in: raw JSON (text or value) → marker and safety checks → migrate → schema parse. Every load
 * path (file import, paste, drop, IndexedDB, the JSON tab, CLI) goes through here. First what
 * does not say it is a flow is refused (checkFlowMarker), then `__proto__` keys and absurd
 * nesting (findUnsafeJson).
 * Never throws: any JSON value gives a flow or issues with JSON pointers.
 */
export function parseFlow(input: unknown): ParseResult {
  let raw = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FLOW_BYTES) {
      return {
        ok: false,
        issues: [{ path: '', message: `The file is ${(input.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FLOW_BYTES / 1048576} MB` }],
      };
    }
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [{ path: '', message: describeJsonError(input, error) }] };
    }
  }
  const refusal = checkFlowMarker(raw) ?? findUnsafeJson(raw);
  if (refusal) return { ok: false, issues: [refusal] };
  const migrated = migrateFlow(raw);
  if (!migrated.ok) return { ok: false, issues: [{ path: migrated.path, message: migrated.message }] };
  const parsed = flowSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, migrated.doc) };
  return { ok: true, flow: parsed.data, migrated: migrated.applied };
}
