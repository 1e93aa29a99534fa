import type { Flow } from '../../schema';

/**
 * A run is stale once what the runtime reads changed (nodes, edges, settings). Moving a node or
 * saving a test case does not count: immer keeps those parts the same objects.
 */
export function isStale(ran: Flow, current: Flow): boolean {
  return ran.nodes !== current.nodes || ran.edges !== current.edges || ran.settings !== current.settings;
}
