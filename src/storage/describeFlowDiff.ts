import type { FlowDiff } from './diffFlows';

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '""' : value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The diff as sentences for people: "Pause p1: seconds 1 → 1.5", "Added Handover h2". */
export function describeFlowDiff(diff: FlowDiff): string[] {
  const lines: string[] = [];
  for (const node of diff.added) lines.push(`Added ${node.label}`);
  for (const node of diff.removed) lines.push(`Removed ${node.label}`);
  for (const change of diff.changed) {
    for (const field of change.fields) lines.push(`${change.label}: ${field.path} ${show(field.before)} → ${show(field.after)}`);
  }
  for (const edge of diff.edges.added) lines.push(`Connected ${edge.source} (${edge.sourcePort}) → ${edge.target}`);
  for (const edge of diff.edges.removed) lines.push(`Disconnected ${edge.source} (${edge.sourcePort}) → ${edge.target}`);
  for (const setting of diff.settingsChanged) {
    lines.push(setting === 'name' && diff.renamedTo !== undefined ? `Renamed the flow to “${diff.renamedTo}”` : `Changed ${setting}`);
  }
  return lines;
}
