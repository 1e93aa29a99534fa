import type { ParseIssue } from '../../schema';

/**
 * The banner shown while the JSON text cannot be applied: the first issue's path and message,
 * e.g. "Not applied: /nodes/2/data/seconds — Expected number. The canvas keeps the last valid flow."
 */
export function describeNotApplied(issues: readonly ParseIssue[], canvasChanged = false): string {
  const [first] = issues;
  const where = first?.path ? `${first.path} — ` : '';
  const what = (first?.message ?? 'The text is not a valid flow').replace(/\.?$/, '.');
  const more = issues.length > 1 ? ` (${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  const stale = canvasChanged ? ' The canvas changed since; discard the text to see it.' : '';
  return `Not applied: ${where}${what}${more} The canvas keeps the last valid flow.${stale}`;
}
