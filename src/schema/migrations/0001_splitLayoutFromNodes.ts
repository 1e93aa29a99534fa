import type { Migration } from './types';

type Json = Record<string, unknown>;

/**
 * Version 0 was the prototype's React-Flow-shaped document: positions inline on each node and
 * edges with `sourceHandle`. Version 1 keeps layout apart from behaviour and names ports. A
 * version-0 file carries `"format": "baton.flow"` and `"version": 0` like any flow (migrateFlow
 * refuses it otherwise) and its own `id` and `name`: this step moves fields, it invents none.
 */
export const splitLayoutFromNodes: Migration = {
  from: 0,
  to: 1,
  name: 'split-layout-from-nodes',
  up(doc) {
    // What is not an array is left as it was, for the schema to name.
    const nodes = Array.isArray(doc.nodes) ? (doc.nodes as Json[]) : null;
    const edges = Array.isArray(doc.edges) ? (doc.edges as Json[]) : null;
    // Keyed by node ids from the file: no prototype, so an id such as "constructor" is only a key
    // (the schema then refuses it at its pointer).
    const layout: Record<string, unknown> = Object.create(null);
    const nextNodes = nodes?.map((node) => {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
      const { position, ...rest } = node;
      if (typeof rest.id === 'string' && position && typeof position === 'object') layout[rest.id] = position;
      return rest;
    });
    const nextEdges = edges?.map((edge) => {
      if (!edge || typeof edge !== 'object' || Array.isArray(edge)) return edge;
      const { sourceHandle, targetHandle: _targetHandle, ...rest } = edge;
      return { ...rest, sourcePort: rest.sourcePort ?? sourceHandle ?? 'next' };
    });
    return { ...doc, version: 1, nodes: nextNodes ?? doc.nodes, edges: nextEdges ?? doc.edges, layout: { nodes: layout } };
  },
};
