import { nameNode, type Flow } from '../../schema';
import type { Diagnostic } from '../../rules/diagnostic';
import { openPanelTab } from './openPanelTab';

/** Why the simulator will not run this flow: its errors, and the way to the Problems tab. */
export function FlowErrors({ flow, errors }: { flow: Flow; errors: readonly Diagnostic[] }) {
  const where = (d: Diagnostic) => {
    const node = d.nodeId ? flow.nodes.find((n) => n.id === d.nodeId) : undefined;
    return node ? nameNode(node, flow) : d.path || 'Flow';
  };
  return (
    <div className="sim-errors" role="alert">
      <p>
        <strong>The simulator does not run a flow with errors.</strong> Fix {errors.length === 1 ? 'this error' : `these ${errors.length} errors`} first:
      </p>
      <ul className="sim-list">
        {errors.slice(0, 5).map((d, i) => (
          <li key={i}>
            {d.message} <span className="sim-muted">({where(d)})</span>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-sm" onClick={() => openPanelTab('problems')}>
        Open the Problems tab
      </button>
    </div>
  );
}
