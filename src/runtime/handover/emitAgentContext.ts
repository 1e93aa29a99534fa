import type { NodeOfType } from '../../schema';
import { contextEntries, measureAgentContext, sipHeaderName, type ContextEntry } from '../../rules/context/measureAgentContext';
import { interpolate } from '../interpolate';
import { buildWhisperTwiml } from '../providers/buildWhisperTwiml';
import type { Turn } from '../turn';

/**
 * The context a handover passes to the person, filled from the conversation: the summary the bot
 * wrote into its variable (the sample text while rehearsing without one), the note, the contact's
 * tags, the transcript length and the chosen variables. Emitted as `agent_context` with its size
 * against the provider's limit (and, for a warm transfer, the whisper the agent hears); returns the
 * entries and the payload so the provider request can carry them (SIP headers, metadata).
 */
export function emitAgentContext(node: NodeOfType<'handover'>, turn: Turn): { entries: ContextEntry[]; payload: string; warm: boolean } | null {
  const context = node.data.context;
  if (!context) return null;
  const s = turn.state;
  const summary = (context.summaryVariable && s.variables[context.summaryVariable]) || context.sampleSummary;
  const entries = contextEntries(context, { summary, tags: s.contact.tags, variables: s.variables, fill: (text) => interpolate(text, s.variables) });
  const measure = measureAgentContext(node.data.destination, entries);
  const warm = context.warmTransfer && node.data.destination.kind === 'voice';
  const spoken = [summary, entries.find((e) => e.key === 'note')?.value ?? ''];
  turn.emit(
    'agent_context',
    {
      carrier: measure.carrier,
      entries,
      size: measure.size,
      limit: measure.limit,
      ...(warm ? { whisper: buildWhisperTwiml(spoken) } : {}),
    },
    node.id,
  );
  return { entries, payload: measure.payload, warm };
}

/** The context entries as SIP headers (allow-listed X-Baton-* names), sent with the attributes. */
export function contextHeaders(entries: readonly ContextEntry[]): { name: string; value: string }[] {
  return entries.map((e) => ({ name: sipHeaderName(e.key), value: e.value }));
}
