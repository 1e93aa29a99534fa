import type { Diagnostic } from '../rules/diagnostic';

/** Diagnostics per node id, for canvas badges (each node selects only its own list). */
export function groupDiagnosticsByNode(diagnostics: readonly Diagnostic[]): ReadonlyMap<string, Diagnostic[]> {
  const byNode = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.nodeId === undefined) continue;
    const list = byNode.get(diagnostic.nodeId);
    if (list) list.push(diagnostic);
    else byNode.set(diagnostic.nodeId, [diagnostic]);
  }
  return byNode;
}
