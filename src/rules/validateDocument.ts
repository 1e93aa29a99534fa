import { parseFlow, type Flow } from '../schema';
import type { Diagnostic } from './diagnostic';
import { schemaShape } from './rules/schemaShape';
import { validateFlow } from './validateFlow';

/**
 * Validates a raw document (JSON text or value) the way every load does: parseFlow (migrate +
 * schema), then the rules. Schema issues become `schema.invalid` errors (or
 * `schema.unknown_node_type` for a node whose type the format does not know) with their JSON pointer.
 */
export function validateDocument(raw: unknown): { flow: Flow | null; diagnostics: Diagnostic[] } {
  const parsed = parseFlow(raw);
  if (parsed.ok) return { flow: parsed.flow, diagnostics: validateFlow(parsed.flow) };
  const diagnostics = parsed.issues.map((issue): Diagnostic => ({
    code: issue.unknownNodeType !== undefined ? 'schema.unknown_node_type' : 'schema.invalid',
    severity: 'error',
    message: issue.message,
    ...(issue.nodeId ? { nodeId: issue.nodeId } : {}),
    path: issue.path,
    rule: schemaShape.id,
    source: schemaShape.source,
  }));
  return { flow: null, diagnostics };
}
