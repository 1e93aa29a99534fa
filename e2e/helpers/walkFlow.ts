/**
 * The flow the screen walk (walkScreens.ts) opens: the voice template plus one node of every kind it
 * lacks, so selecting one node per kind shows every inspector. `withText` puts a given string in
 * every free-text field (node titles, messages, phrases, keywords, notes, SIP header values, staff
 * names, test-case names, the flow name): the hostile-text test fills them with payloads.
 */
import { readFileSync } from 'node:fs';
import { createNode } from '../../src/schema/createNode';
import { NODE_KINDS, type NodeType } from '../../src/schema/nodeKinds';

type Json = Record<string, unknown>;
type Node = { id: string; type: string; title?: string; data: Json };

const TEMPLATE = 'examples/voice-zendesk.baton.json';

/** Distinct node types, in the order their first node appears: one inspector per kind. */
export function kindsOf(flow: { nodes: { type: string }[] }): string[] {
  return [...new Set(flow.nodes.map((n) => n.type))];
}

/** The voice template with every missing kind added below it (unconnected, at distinct spots). */
export function buildWalkFlow(): Json & { nodes: Node[] } {
  const flow = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Json & { nodes: Node[]; layout: { nodes: Record<string, { x: number; y: number }> } };
  const present = new Set(flow.nodes.map((n) => n.type));
  let column = 0;
  for (const type of Object.keys(NODE_KINDS) as NodeType[]) {
    if (present.has(type)) continue;
    const id = `walk_${type}`;
    flow.nodes.push(createNode(type, id) as unknown as Node);
    flow.layout.nodes[id] = { x: column * 300, y: 1400 };
    column++;
  }
  flow.id = 'walk-flow';
  flow.name = 'Screen walk';
  return flow;
}

/**
 * The walk flow with `text(field)` in every free-text field. `field` names the place, e.g.
 * "title sip_handover", so a test can tell which payload went where. Fields with a short length
 * limit (tags, condition values) are left alone when the text would not fit.
 */
export function withText(flow: Json & { nodes: Node[] }, text: (field: string) => string): Json {
  const copy = structuredClone(flow) as Json & { nodes: Node[]; settings: { staff: { name: string }[] }; tests: { name: string }[] };
  copy.name = text('flow name');
  copy.description = text('flow description');
  for (const node of copy.nodes) {
    node.title = text(`title ${node.id}`);
    const data = node.data;
    if (node.type === 'message' || node.type === 'note') data.text = text(`${node.type} ${node.id}`);
    if (node.type === 'trigger_human_requested') data.phrases = [text(`phrase ${node.id}`), 'I want to talk to a human'];
    if (node.type === 'trigger_sensitive_topic') data.keywords = [text(`keyword ${node.id}`)];
    if (node.type === 'create_task') data.title = text(`task ${node.id}`);
    const destination = data.destination as { kind: string; attributes?: { name: string; value: string }[] } | undefined;
    if (destination?.kind === 'voice' && destination.attributes?.length) {
      destination.attributes = destination.attributes.map((a) => ({ ...a, value: text(`sip header ${node.id} ${a.name}`) }));
    }
  }
  copy.settings.staff = copy.settings.staff.map((s) => ({ ...s, name: text('staff name') }));
  copy.tests = copy.tests.map((t, i) => ({ ...t, name: text(`test case ${i}`) }));
  return copy;
}

/** The file a test hands to the app's Import (the Library's file picker). */
export function flowFile(flow: Json, name = 'walk.baton.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(flow, null, 2)) };
}
