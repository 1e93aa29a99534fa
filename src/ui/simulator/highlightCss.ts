import type { Highlights } from './computeHighlights';

// Ids are [A-Za-z0-9_-] (idSchema), so they are safe inside quoted attribute selectors.
const node = (id: string) => `.react-flow__node[data-id="${id}"]`;
const list = (ids: readonly string[], suffix: string) => ids.map((id) => `${node(id)}${suffix}`).join(',\n');

/**
 * The canvas marks as a style sheet over React Flow's own attributes (data-id on nodes and edges,
 * data-handleid on ports), so node components need not know about the simulator at all.
 */
export function highlightCss(h: Highlights): string {
  const rules: string[] = [];
  const add = (selector: string, body: string) => {
    if (selector) rules.push(`${selector} {${body}}`);
  };
  add(list(h.uncoveredNodes, ' .flow-node'), 'border-style: dashed; opacity: 0.72;');
  add(list(h.uncoveredNodes, '::after'), "content: 'Not covered'; position: absolute; top: -20px; right: 4px; padding: 0 6px; border-radius: 9px; background: var(--warning-soft); color: var(--warning); font-size: 10px; font-weight: 600; line-height: 16px;");
  add(
    h.uncoveredPorts.map((p) => `${node(p.nodeId)} .flow-port:has(.react-flow__handle[data-handleid="${p.port}"])`).join(',\n'),
    'background: var(--warning-soft); color: var(--warning); text-decoration: underline dashed; text-underline-offset: 3px;',
  );
  add(list(h.pathNodes, ' .flow-node'), 'border-color: var(--success); box-shadow: 0 0 0 2px var(--success-soft), var(--shadow);');
  add(h.pathEdges.map((id) => `.react-flow__edge[data-id="${id}"] .react-flow__edge-path`).join(',\n'), 'stroke: var(--success); stroke-width: 2.5;');
  if (h.active) add(`${node(h.active)} .flow-node`, 'border-color: var(--accent); box-shadow: 0 0 0 4px var(--accent-soft), 0 0 0 5px var(--accent), var(--shadow-lg);');
  if (h.halted) add(`${node(h.halted)} .flow-node`, 'border-color: var(--error); box-shadow: 0 0 0 4px var(--error-soft), 0 0 0 5px var(--error), var(--shadow-lg);');
  add(list(h.breakpoints, '::before'), "content: ''; position: absolute; top: -6px; left: -6px; z-index: 1; width: 14px; height: 14px; border: 2px solid var(--surface); border-radius: 50%; background: var(--error);");
  return rules.join('\n');
}
