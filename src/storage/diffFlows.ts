import type { Flow, FlowEdge, FlowNode } from '../schema/flow';
import { NODE_KINDS } from '../schema/nodeKinds';

export interface NodeSummary {
  id: string;
  type: FlowNode['type'];
  /** "Pause p1", or the node's title with its id: "Final message (m1)". */
  label: string;
}

export interface FieldChange {
  /** Dot path inside the node: "seconds", "destination.to", "title". */
  path: string;
  before: unknown;
  after: unknown;
}

export interface EdgeSummary {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
}

export interface FlowDiff {
  added: NodeSummary[];
  removed: NodeSummary[];
  changed: { nodeId: string; label: string; fields: FieldChange[] }[];
  edges: { added: EdgeSummary[]; removed: EdgeSummary[] };
  /** Flow-level changes in words: "name", "settings.staff", "tests", "layout (2 nodes moved)". */
  settingsChanged: string[];
  /** The new name, when "name" changed. */
  renamedTo?: string;
}

function labelOf(node: FlowNode): string {
  return node.title ? `${node.title} (${node.id})` : `${NODE_KINDS[node.type].label} ${node.id}`;
}

function summarise(node: FlowNode): NodeSummary {
  return { id: node.id, type: node.type, label: labelOf(node) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Leaf-level differences between two values; arrays count as one field (a list of phrases reads best whole). */
function diffValues(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffValues(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (!same(before, after)) out.push({ path, before, after });
}

function diffNode(a: FlowNode, b: FlowNode): FieldChange[] {
  const fields: FieldChange[] = [];
  if (a.type !== b.type) fields.push({ path: 'type', before: a.type, after: b.type });
  if (a.title !== b.title) fields.push({ path: 'title', before: a.title, after: b.title });
  if (a.type === b.type) diffValues(a.data, b.data, '', fields);
  else fields.push({ path: 'data', before: a.data, after: b.data });
  return fields;
}

const edgeKey = (e: FlowEdge) => `${e.id}|${e.source}|${e.sourcePort}|${e.target}`;
const edgeSummary = ({ id, source, sourcePort, target }: FlowEdge): EdgeSummary => ({ id, source, sourcePort, target });

/** What changed from `a` (older) to `b` (newer), by node id; pure, for the revisions "Compare" view. */
export function diffFlows(a: Flow, b: Flow): FlowDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const diff: FlowDiff = { added: [], removed: [], changed: [], edges: { added: [], removed: [] }, settingsChanged: [] };

  for (const node of b.nodes) if (!before.has(node.id)) diff.added.push(summarise(node));
  for (const node of a.nodes) {
    const next = after.get(node.id);
    if (!next) {
      diff.removed.push(summarise(node));
      continue;
    }
    const fields = diffNode(node, next);
    if (fields.length) diff.changed.push({ nodeId: node.id, label: labelOf(next), fields });
  }

  const edgesBefore = new Set(a.edges.map(edgeKey));
  const edgesAfter = new Set(b.edges.map(edgeKey));
  diff.edges.added = b.edges.filter((e) => !edgesBefore.has(edgeKey(e))).map(edgeSummary);
  diff.edges.removed = a.edges.filter((e) => !edgesAfter.has(edgeKey(e))).map(edgeSummary);

  for (const key of ['name', 'description'] as const) if (a[key] !== b[key]) diff.settingsChanged.push(key);
  if (a.name !== b.name) diff.renamedTo = b.name;
  for (const key of Object.keys({ ...a.settings, ...b.settings }) as (keyof Flow['settings'])[]) {
    if (!same(a.settings[key], b.settings[key])) diff.settingsChanged.push(`settings.${key}`);
  }
  if (!same(a.tests, b.tests)) diff.settingsChanged.push('tests');
  const moved = b.nodes.filter((n) => before.has(n.id) && !same(a.layout.nodes[n.id], b.layout.nodes[n.id])).length;
  if (moved) diff.settingsChanged.push(`layout (${moved} node${moved === 1 ? '' : 's'} moved)`);
  return diff;
}
