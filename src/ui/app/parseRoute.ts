/** Where the app is: deciding on start-up, the library, or one flow in the editor. */
export type Route = { kind: 'start' } | { kind: 'library' } | { kind: 'flow'; flowId: string };

/**
 * The URL hash → a route. `#/flow/ID` opens that flow (so a reload reopens it), `#/library` the
 * library; anything else means "decide on start-up" (the last opened flow, else the library).
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/library') return { kind: 'library' };
  const match = /^\/flow\/([^/]+)$/.exec(path);
  if (match) {
    try {
      return { kind: 'flow', flowId: decodeURIComponent(match[1]) };
    } catch {
      return { kind: 'library' }; // a malformed escape in a hand-typed URL
    }
  }
  return { kind: 'start' };
}

/** The hash for a route (the inverse of parseRoute). */
export function hashFor(route: Route): string {
  if (route.kind === 'flow') return `#/flow/${encodeURIComponent(route.flowId)}`;
  return route.kind === 'library' ? '#/library' : '#/';
}
