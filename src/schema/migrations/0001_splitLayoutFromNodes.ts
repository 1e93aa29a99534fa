import type { Migration } from './types';

type Json = Record<string, unknown>;

/**
 * Version 0 was the prototype's React-Flow-shaped document: positions inline on each node and
 * edges with `sourceHandle`. Version 1 keeps layout apart from behaviour and names ports.
 */
export const splitLayoutFromNodes: Migration = {
  from: 0,
  to: 1,
  name: 'split-layout-from-nodes',
  up(doc) {
    const nodes = Array.isArray(doc.nodes) ? (doc.nodes as Json[]) : [];
    const edges = Array.isArray(doc.edges) ? (doc.edges as Json[]) : [];
    const layout: Record<string, unknown> = {};
    const nextNodes = nodes.map((node) => {
      if (!node || typeof node !== 'object') return node;
      const { position, ...rest } = node;
      if (typeof rest.id === 'string' && position && typeof position === 'object') layout[rest.id] = position;
      return rest;
    });
    const nextEdges = edges.map((edge) => {
      if (!edge || typeof edge !== 'object') return edge;
      const { sourceHandle, targetHandle: _targetHandle, ...rest } = edge;
      return { ...rest, sourcePort: rest.sourcePort ?? sourceHandle ?? 'next' };
    });
    return {
      ...doc,
      format: 'baton.flow',
      version: 1,
      id: typeof doc.id === 'string' ? doc.id : 'imported-flow',
      name: typeof doc.name === 'string' && doc.name ? doc.name : 'Imported flow',
      nodes: nextNodes,
      edges: nextEdges,
      layout: { nodes: layout },
    };
  },
};
