/**
 * The flow the screen walk (walkScreens.ts) opens: the voice template plus one node of every kind it
 * lacks, so selecting one node per kind shows every inspector. `withText` puts a given string in
 * every free-text field (node titles, messages, phrases, keywords, notes, SIP header values, staff
 * names, test-case names, the flow name): the hostile-text test fills them with payloads.
 */
import { readFileSync } from 'node:fs';
import { createNode } from '../../src/schema/createNode';
import { NODE_KINDS, type NodeType } from '../../src/schema/nodeKinds';
import { parseFlow } from '../../src/schema/parseFlow';
import { validateFlow } from '../../src/rules/validateFlow';

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
  // Hours nodes read a business calendar from the flow settings.
  (flow.settings as Json).calendars = [
    { id: 'office', name: 'Office hours', timeZone: 'Europe/Berlin', hours: { mon: [{ from: '09:00', to: '17:00' }] }, holidays: [{ date: '2026-12-25', name: 'Christmas', yearly: true }] },
  ];
  for (const node of flow.nodes) if ('calendarId' in node.data) node.data.calendarId = 'office';
  flow.id = 'walk-flow';
  flow.name = 'Screen walk';
  // The Simulator only runs a flow without errors: a new kind whose defaults are errors needs a line above.
  const parsed = parseFlow(flow);
  if (!parsed.ok) throw new Error(`The walk flow does not parse: ${JSON.stringify(parsed.issues)}`);
  const errors = validateFlow(parsed.flow).filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`The walk flow has errors: ${errors.map((d) => `${d.code} ${d.nodeId ?? ''} ${d.message}`).join('; ')}`);
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
  for (const calendar of (copy.settings as unknown as { calendars?: { name: string; holidays: { name: string }[] }[] }).calendars ?? []) {
    calendar.name = text('calendar name');
    calendar.holidays = calendar.holidays.map((h) => ({ ...h, name: text('holiday name') }));
  }
  copy.tests = copy.tests.map((t, i) => ({ ...t, name: text(`test case ${i}`) }));
  return copy;
}

/** The file a test hands to the app's Import (the Library's file picker). */
export function flowFile(flow: Json, name = 'walk.baton.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(flow, null, 2)) };
}
