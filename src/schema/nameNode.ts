import type { Flow, FlowNode } from './flow';
import { DESTINATION_LABELS } from './nodes/handover';
import { NODE_KINDS } from './nodeKinds';

/** What naming needs from the flow: node order (for ordinals) and staff (for names instead of ids). */
export type NamingContext = Pick<Flow, 'nodes'> & { settings?: Pick<Flow['settings'], 'staff'> };

const QUOTE_LIMIT = 28;
const CHECK_LABELS = {
  contact_assigned: 'contact assigned',
  agents_available: 'agents available',
  within_hours: 'within business hours',
} as const;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo…) and the bidi embedding, override and isolate marks. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud83a[\udd00-\udfff]/;

/**
 * Text a person wrote, made safe to stand inside a sentence: when it holds right-to-left letters
 * or bidi marks (a U+202E override in a title) it goes between FIRST STRONG ISOLATE and POP
 * DIRECTIONAL ISOLATE (U+2068…U+2069), so it cannot reorder the words around it. Plain
 * left-to-right text is returned as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

/** `"Let me get someone…"`: a text as a name may quote it, on one line, cut at a word near 28 characters. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_LIMIT) return `"${isolateBidi(flat)}"`;
  const cut = flat.slice(0, QUOTE_LIMIT);
  const space = cut.lastIndexOf(' ');
  return `"${isolateBidi((space > QUOTE_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?]+$/, ''))}…"`;
}

function staffName(id: string, context: NamingContext | undefined): string {
  return context?.settings?.staff.find((s) => s.id === id)?.name ?? id;
}

// One ordinal table per node list: flows are immutable (immer), so the list identifies the version.
const ordinals = new WeakMap<readonly FlowNode[], Map<string, { index: number; of: number }>>();

/** "Handover 2": the node's place among nodes of its kind in flow order, or just the kind when it is the only one. */
function ordinal(node: FlowNode, context: NamingContext | undefined): string {
  const label = NODE_KINDS[node.type].label;
  if (!context) return label;
  let table = ordinals.get(context.nodes);
  if (!table) {
    table = new Map();
    const counts = new Map<string, number>();
    for (const n of context.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const n of context.nodes) {
      const index = (seen.get(n.type) ?? 0) + 1;
      seen.set(n.type, index);
      if (!table.has(n.id)) table.set(n.id, { index, of: counts.get(n.type)! });
    }
    ordinals.set(context.nodes, table);
  }
  const place = table.get(node.id);
  return place && place.of > 1 ? `${label} ${place.index}` : label;
}

function formatDuration(d: number, h: number, m: number): string {
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

/** What an untitled node does, in a few words: "Pause 1.5 s", "Voice transfer to sip:agent@example.com". */
function describeUntitled(node: FlowNode, context: NamingContext | undefined): string {
  switch (node.type) {
    case 'trigger_sensitive_topic': {
      const words = node.data.keywords.map((k) => k.trim()).filter(Boolean);
      return words.length ? `Sensitive topic ${quote(words.join(', '))}` : ordinal(node, context);
    }
    case 'message':
      return node.data.text.trim() ? `Message ${quote(node.data.text)}` : ordinal(node, context);
    case 'note':
      return node.data.text.trim() ? `Note ${quote(node.data.text)}` : ordinal(node, context);
    case 'pause':
      return `Pause ${node.data.seconds} s`;
    case 'pause_bot':
      return `Pause bot ${formatDuration(node.data.days, node.data.hours, node.data.minutes)}`;
    case 'handover': {
      const d = node.data.destination;
      if (d.kind === 'voice') return d.to.trim() ? `Voice transfer to ${d.to.trim()}` : ordinal(node, context);
      if (d.kind === 'zendesk') return d.department_routing.trim() ? `Handover to Zendesk department ${d.department_routing.trim()}` : 'Handover to Zendesk';
      if (d.kind === 'live_chat') return d.assigneeId ? `Handover to ${staffName(d.assigneeId, context)}` : `Handover to ${DESTINATION_LABELS.live_chat}`;
      return `Handover to ${DESTINATION_LABELS.messenger}`;
    }
    case 'assign':
      return node.data.assigneeId ? `Assign to ${staffName(node.data.assigneeId, context)}` : ordinal(node, context);
    case 'create_task':
      return node.data.title.trim() ? `Task ${quote(node.data.title)}` : ordinal(node, context);
    case 'add_tag':
      return node.data.tag.trim() ? `Tag ${node.data.tag.trim()}` : ordinal(node, context);
    case 'condition': {
      const c = node.data;
      if (c.check !== 'variable') return `Condition: ${CHECK_LABELS[c.check]}?`;
      if (!c.variable) return ordinal(node, context);
      const op = c.operator.replace('_', ' ');
      return `Condition: {{${c.variable}}} ${op}${c.operator === 'exists' ? '' : ` ${quote(c.value)}`}`;
    }
    default:
      return ordinal(node, context);
  }
}

/**
 * What a person calls a node wherever it stands alone (canvas, Outline, Next step picker, search):
 * its title, else its kind and what it does ("Pause 1.5 s", `Message "Let me get someone…"`), else
 * its kind and place among nodes of that kind ("Handover 2"). Never its id. Pass the flow so
 * ordinals and staff names are known; without it the kind label and staff ids stand in.
 */
export function titleNode(node: FlowNode, context?: NamingContext): string {
  return node.title?.trim() || describeUntitled(node, context);
}

/**
 * How a sentence names a node (Problems, CLI, Simulator): a titled node by kind and title,
 * `Handover "Call sales"`; an untitled one as titleNode does, which already starts with its kind.
 * A title with right-to-left text or bidi marks is isolated (isolateBidi), so it cannot reverse
 * the sentence around it.
 */
export function nameNode(node: FlowNode, context?: NamingContext): string {
  const title = node.title?.trim();
  return title ? `${NODE_KINDS[node.type].label} "${isolateBidi(title)}"` : describeUntitled(node, context);
}
