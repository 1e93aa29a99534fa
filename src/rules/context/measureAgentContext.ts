import type { AgentContext, HandoverDestination } from '../../schema';
import { classifyDestination } from '../voice/classifyDestination';
import { filterSipHeaders, SIP_HEADER_BUDGET } from '../voice/filterSipHeaders';
import { SWITCHBOARD_METADATA_LIMIT, switchboardMetadataOf, switchboardMetadataSize } from '../zendesk/switchboardMetadata';

/** How a provider carries the context to the person; `none` where it has no place for it. */
export type ContextCarrier = 'sip_headers' | 'messenger_metadata' | 'zendesk_metadata' | 'live_chat' | 'none';

export interface ContextEntry {
  key: string;
  value: string;
}

/** The context's values at one moment: the runtime's conversation, or the designer's samples. */
export interface ContextValues {
  summary: string;
  tags: readonly string[];
  variables: Readonly<Record<string, string>>;
  fill(text: string): string;
}

/** Meta documents pass_thread_control / thread_control metadata as a string of at most 1,000 characters. */
export const MESSENGER_METADATA_LIMIT = 1000;

/** The context as flat key/value pairs, in a fixed order: summary, note, tags, transcript length, variables. */
export function contextEntries(context: AgentContext, values: ContextValues): ContextEntry[] {
  const out: ContextEntry[] = [];
  if (context.summaryVariable && values.summary) out.push({ key: 'summary', value: values.summary });
  const note = values.fill(context.note);
  if (note) out.push({ key: 'note', value: note });
  if (context.includeTags && values.tags.length > 0) out.push({ key: 'tags', value: values.tags.join(',') });
  if (context.transcriptMessages > 0) out.push({ key: 'transcript_messages', value: String(context.transcriptMessages) });
  for (const name of context.variables) {
    if (name) out.push({ key: `var_${name}`, value: values.variables[name] ?? `{{${name}}}` });
  }
  return out;
}

/** `summary` → `X-Baton-Summary`, `var_customer_id` → `X-Baton-Var-Customer-Id`: allow-listed X-* names. */
export function sipHeaderName(key: string): string {
  return `X-Baton-${key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('-')}`;
}

export function carrierOf(destination: HandoverDestination): ContextCarrier {
  switch (destination.kind) {
    case 'voice':
      return classifyDestination(destination.to).kind === 'sip' ? 'sip_headers' : 'none';
    case 'messenger':
      // Conversation Routing passes thread control on a Send API message, whose thread_control takes only the app id.
      return destination.protocol === 'conversation_routing' ? 'none' : 'messenger_metadata';
    case 'zendesk':
      return destination.mode === 'messaging_switchboard' ? 'zendesk_metadata' : 'none';
    case 'live_chat':
      return 'live_chat';
  }
}

export interface ContextMeasure {
  carrier: ContextCarrier;
  /** What the meter names: "SIP headers", "Messenger metadata", … */
  label: string;
  size: number;
  /** The provider's limit, or null where it sets none (Live chat) or nothing travels. */
  limit: number | null;
  unit: string;
  /** The payload as it travels: SIP headers, or the metadata text. */
  payload: string;
}

const asObject = (entries: readonly ContextEntry[]) => Object.fromEntries(entries.map((e) => [e.key, e.value]));

/**
 * The context's size as its provider measures it, together with what the destination already sends
 * in the same place: SIP headers share Twilio's 1,024 URL-encoded characters with the attributes
 * (warning 21227); Messenger metadata (the destination's own text under `metadata`) must stay within
 * 1,000 characters; Zendesk switchboard metadata within 4 KB of JSON.
 */
export function measureAgentContext(destination: HandoverDestination, entries: readonly ContextEntry[]): ContextMeasure {
  const carrier = carrierOf(destination);
  if (carrier === 'sip_headers' && destination.kind === 'voice') {
    const headers = entries.map((e) => ({ name: sipHeaderName(e.key), value: e.value }));
    const { encodedLength, kept } = filterSipHeaders([...destination.attributes, ...headers]);
    const payload = kept.map((h) => `${h.name}: ${h.value}`).join('\n');
    return { carrier, label: 'SIP headers (attributes and context)', size: encodedLength, limit: SIP_HEADER_BUDGET, unit: 'characters URL-encoded', payload };
  }
  if (carrier === 'messenger_metadata' && destination.kind === 'messenger') {
    const payload = JSON.stringify({ ...(destination.metadata ? { metadata: destination.metadata } : {}), ...asObject(entries) });
    return { carrier, label: 'Messenger metadata', size: payload.length, limit: MESSENGER_METADATA_LIMIT, unit: 'characters', payload };
  }
  if (carrier === 'zendesk_metadata' && destination.kind === 'zendesk') {
    const metadata = { ...switchboardMetadataOf(destination), ...asObject(entries) };
    return { carrier, label: 'Zendesk switchboard metadata', size: switchboardMetadataSize(metadata), limit: SWITCHBOARD_METADATA_LIMIT, unit: 'bytes', payload: JSON.stringify(metadata) };
  }
  if (carrier === 'live_chat') {
    const payload = JSON.stringify(asObject(entries));
    return { carrier, label: 'Live chat context', size: payload.length, limit: null, unit: 'characters', payload };
  }
  return { carrier, label: 'Nothing carries it', size: 0, limit: null, unit: 'characters', payload: '' };
}

/** The designer's view: the sample summary (or the variable's placeholder), tags the flow can add, variables as placeholders. */
export function sampleValues(context: AgentContext, flowTags: readonly string[]): ContextValues {
  return {
    summary: context.sampleSummary || (context.summaryVariable ? `{{${context.summaryVariable}}}` : ''),
    tags: flowTags,
    variables: {},
    fill: (text) => text,
  };
}
