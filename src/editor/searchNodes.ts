import { DESTINATION_LABELS, kindOf, titleNode, type Flow, type FlowNode } from '../schema';

/** Heavier fields rank first: a title match beats a match deep in a message text. */
const WEIGHTS = { title: 8, label: 4, destination: 3, text: 2, id: 1 };

/** The searchable strings of a node, by weight; an untitled node's name ("End 2") counts as its title. */
function fieldsOf(node: FlowNode, flow: Flow): [number, string][] {
  const fields: [number, string][] = [
    [WEIGHTS.title, titleNode(node, flow)],
    [WEIGHTS.label, kindOf(node).label],
    [WEIGHTS.id, node.id],
  ];
  const data = node.data as Record<string, unknown>;
  if (node.type === 'handover') {
    const d = node.data.destination;
    fields.push([WEIGHTS.destination, DESTINATION_LABELS[d.kind]]);
    if (d.kind === 'voice') fields.push([WEIGHTS.destination, d.to], ...d.attributes.map((a): [number, string] => [WEIGHTS.text, `${a.name} ${a.value}`]));
    if (d.kind === 'zendesk') fields.push([WEIGHTS.destination, d.department_routing]);
    if (d.kind === 'messenger') fields.push([WEIGHTS.text, d.metadata]);
  }
  for (const key of ['text', 'tag', 'title', 'value', 'variable']) {
    if (typeof data[key] === 'string') fields.push([WEIGHTS.text, data[key] as string]);
  }
  for (const key of ['phrases', 'keywords']) {
    if (Array.isArray(data[key])) for (const item of data[key] as string[]) fields.push([WEIGHTS.text, item]);
  }
  return fields;
}

function scoreField(field: string, term: string): number {
  const text = field.toLowerCase();
  if (!text) return 0;
  if (text === term) return 3;
  if (text.startsWith(term) || text.includes(` ${term}`)) return 2;
  return text.includes(term) ? 1 : 0;
}

/**
 * Node ids matching every word of the query, best first (title, then kind label, destination,
 * texts such as messages, phrases and tags). Ties keep document order. An empty query finds nothing.
 */
export function searchNodes(flow: Flow, query: string): string[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const scored: { id: string; score: number; index: number }[] = [];
  flow.nodes.forEach((node, index) => {
    const fields = fieldsOf(node, flow);
    let total = 0;
    for (const term of terms) {
      let best = 0;
      for (const [weight, field] of fields) best = Math.max(best, weight * scoreField(field, term));
      if (best === 0) return;
      total += best;
    }
    scored.push({ id: node.id, score: total, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.id);
}
