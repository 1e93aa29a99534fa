import type { Diagnostic, Severity } from '../rules/diagnostic';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where a diagnostic points, for people: `node h1 (/nodes/3/data/destination/to)`. */
function describeLocation(d: Diagnostic): string {
  const owner = d.nodeId !== undefined ? `node ${d.nodeId}` : d.edgeId !== undefined ? `edge ${d.edgeId}` : '';
  if (owner && d.path) return `${owner} (${d.path})`;
  return owner || d.path || 'flow';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

/** "2 errors, 1 warning, 0 info" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info')].join(', ');
}

/**
 * The CLI's text report: one line per diagnostic, errors first, then warnings, then infos
 * (the validator's order kept within each group), then the summary line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const lines = SEVERITIES.flatMap((severity) =>
    diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => `${severity}  ${d.code}  ${describeLocation(d)}: ${d.message}`),
  );
  return [...lines, summarizeDiagnostics(diagnostics)].join('\n') + '\n';
}
