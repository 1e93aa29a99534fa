import type { Flow } from '../../schema';
import type { Coverage } from '../../runtime/computeCoverage';
import { isHalted, type Session } from './session';
import { nodeOfItem } from './timelineItem';

/** What the canvas marks for the simulator and the Tests tab. View state only, never the document. */
export interface Highlights {
  /** The node the run is at (or waits on). */
  active: string | null;
  /** The node the run is halted before, at a breakpoint. */
  halted: string | null;
  pathNodes: string[];
  pathEdges: string[];
  breakpoints: string[];
  uncoveredNodes: string[];
  uncoveredPorts: { nodeId: string; port: string }[];
}

/** The highlights for a session (as far as it is revealed), the breakpoints and a fresh coverage. */
export function computeHighlights(flow: Flow, session: Session | null, breakpoints: ReadonlySet<string>, coverage: Coverage | null): Highlights {
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  let active: string | null = null;
  let halted: string | null = null;
  if (session) {
    const edgeOf = new Map(flow.edges.map((e) => [`${e.source}\u0000${e.sourcePort}`, e.id]));
    for (const item of session.timeline.slice(0, session.revealed)) {
      if (item.kind !== 'visit') continue;
      pathNodes.add(item.nodeId);
      active = item.nodeId;
      const edge = item.port !== undefined ? edgeOf.get(`${item.nodeId}\u0000${item.port}`) : undefined;
      if (edge) pathEdges.add(edge);
    }
    if (isHalted(session)) halted = nodeOfItem(session.timeline[session.revealed]) ?? null;
    else active = session.runtime.state.waitingNodeId ?? active;
  }
  return {
    active: halted ?? active,
    halted,
    pathNodes: [...pathNodes],
    pathEdges: [...pathEdges],
    breakpoints: [...breakpoints].filter((id) => flow.nodes.some((n) => n.id === id)),
    uncoveredNodes: coverage?.uncoveredNodes ?? [],
    uncoveredPorts: coverage?.uncoveredPorts ?? [],
  };
}
