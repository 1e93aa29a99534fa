import type { ParseIssue } from '../../schema/parseFlow';

/** Why something could not be loaded: each problem with where it is (JSON pointer and node). */
export function IssueList({ title, issues }: { title: string; issues: readonly ParseIssue[] }) {
  return (
    <div className="library-issues" role="alert">
      <p>{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {/* A finding about the whole file (its size, not JSON) has the empty pointer: no place to show. */}
            {issue.path && (
              <>
                <code>{issue.path}</code>
                {issue.nodeId ? ` (node ${issue.nodeId})` : ''}:{' '}
              </>
            )}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
