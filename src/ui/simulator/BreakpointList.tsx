import { nameNode, type Flow } from '../../schema';
import { selectBreakpoints } from './selectors';
import { useSimulator } from './useSimulator';
import { useSimulatorStore } from './useSimulatorStore';

/** The nodes the run pauses before; each can be removed here. */
export function BreakpointList({ flow }: { flow: Flow }) {
  const store = useSimulatorStore();
  const breakpoints = useSimulator(selectBreakpoints);
  const nodes = flow.nodes.filter((n) => breakpoints.has(n.id));
  return (
    <section className="sim-breakpoints" aria-labelledby="sim-bp-heading">
      <h3 className="panel-heading" id="sim-bp-heading">
        Breakpoints
      </h3>
      {nodes.length === 0 ? (
        <p className="sim-hint">Select a node and press F9 (or Breakpoint) to pause the run before it.</p>
      ) : (
        <ul className="sim-list">
          {nodes.map((n) => (
            <li key={n.id} className="sim-bp">
              <span className="sim-bp-dot" aria-hidden="true" />
              <span>{nameNode(n, flow)}</span>
              <button type="button" className="btn btn-ghost btn-icon btn-sm" aria-label={`Remove breakpoint on ${nameNode(n, flow)}`} onClick={() => store.toggleBreakpoint(n.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
