import { nameNode, portsOf, titleNode, type Flow } from '../../schema';
import type { Coverage, PortRef } from '../../runtime/computeCoverage';
import { useRevealNode } from '../canvas/useRevealNode';

/** `Transfer to SIP desk → Busy`: a handover port as people read it. */
export function describePort(flow: Flow, ref: PortRef): string {
  const node = flow.nodes.find((n) => n.id === ref.nodeId);
  if (!node) return `${ref.nodeId} → ${ref.port}`;
  return `${titleNode(node, flow)} → ${portsOf(node).find((p) => p.id === ref.port)?.label ?? ref.port}`;
}

/** What the test cases leave untested: handover outcomes first, then nodes; each links to the canvas. */
export function CoverageSummary({ flow, coverage }: { flow: Flow; coverage: Coverage }) {
  const reveal = useRevealNode();
  const { total, covered, uncovered } = coverage.handoverPorts;
  const nodes = coverage.uncoveredNodes.flatMap((id) => flow.nodes.filter((n) => n.id === id));
  return (
    <section className="tests-coverage" aria-labelledby="tests-coverage-heading">
      <h3 className="panel-heading" id="tests-coverage-heading">
        Coverage
      </h3>
      <p className="tests-coverage-figure">
        Handover outcomes covered: {covered} / {total}
      </p>
      <meter className="tests-meter" min={0} max={Math.max(total, 1)} value={covered} aria-label="Handover outcomes covered" />
      {uncovered.length > 0 && (
        <>
          <h4 className="panel-subheading tests-subheading">Outcomes no test reaches</h4>
          <ul className="tests-uncovered" aria-label="Uncovered handover outcomes">
            {uncovered.map((ref) => (
              <li key={`${ref.nodeId}-${ref.port}`}>
                <button type="button" className="tests-link" onClick={() => reveal(ref.nodeId)}>
                  {describePort(flow, ref)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {nodes.length > 0 && (
        <>
          <h4 className="panel-subheading tests-subheading">Nodes no test reaches ({nodes.length})</h4>
          <ul className="tests-uncovered" aria-label="Uncovered nodes">
            {nodes.map((n) => (
              <li key={n.id}>
                <button type="button" className="tests-link" onClick={() => reveal(n.id)}>
                  {nameNode(n, flow)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
