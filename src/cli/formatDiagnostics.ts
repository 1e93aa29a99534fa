import type { Diagnostic, Severity } from '../rules/diagnostic';
import { nameNode, plural, type Flow } from '../schema';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Where a diagnostic points: its JSON pointer (`/nodes/3/data/seconds`), which the message beside it
 * already explains in words; without one, the node named as everywhere else (`Pause 1.5 s`) when the
 * flow could be read, else its id, the only name a node of an unreadable flow has.
 */
function describeLocation(d: Diagnostic, flow: Flow | null | undefined): string {
  if (d.path) return d.path;
  const node = d.nodeId !== undefined ? flow?.nodes.find((n) => n.id === d.nodeId) : undefined;
  if (node) return nameNode(node, flow!);
  if (d.nodeId !== undefined) return `node ${d.nodeId}`;
  return d.edgeId !== undefined ? `edge ${d.edgeId}` : 'flow';
}

/** "2 errors, 1 warning, 0 info" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info', 'info')].join(', ');
}

/**
 * The CLI's text report: one line per diagnostic, errors first, then warnings, then infos
 * (the validator's order kept within each group), then the summary line. Pass the flow so
 * locations name nodes rather than give their ids.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], flow?: Flow | null): string {
  const lines = SEVERITIES.flatMap((severity) =>
    diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => `${severity}  ${d.code}  ${describeLocation(d, flow)}: ${d.message}`),
  );
  return [...lines, summarizeDiagnostics(diagnostics)].join('\n') + '\n';
}
