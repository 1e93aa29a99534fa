import { nameNode } from '../../schema';
import { contextEntries, measureAgentContext, sampleValues } from '../context/measureAgentContext';
import { defineRule } from '../defineRule';
import { SOURCES } from '../sources';

/** Why a destination has no place for the context, and what would carry it. */
const NOT_CARRIED = {
  voice: ['a phone number takes no SIP headers (they only travel to a SIP URI)', 'Transfer to a SIP URI, or make it a warm transfer so the agent hears the summary.'],
  messenger: ["Conversation Routing's Send API thread_control carries only the app id, no metadata", "Use the Handover Protocol's pass_thread_control (Conversation Routing still accepts it), whose metadata carries up to 1,000 characters."],
  zendesk: ['Zendesk Chat department routing (transferToDepartment) takes no metadata', 'Use the messaging switchboard, whose passControl carries metadata.'],
} as const;

/**
 * What the person receives with a handover: it must fit the provider's place for it (SIP headers
 * 1,024 URL-encoded characters, Messenger metadata 1,000 characters, Zendesk switchboard metadata
 * 4 KB), it must have a place at all, and a warm transfer needs a voice call, something to say,
 * and a Rejected port for the agent who declines.
 */
export const agentContext = defineRule({
  id: 'agentContext',
  source: SOURCES.agentContext,
  codes: [
    { code: 'context.too_long', severity: 'error', summary: "The context (with what the destination already sends there) is larger than the provider's limit: SIP headers 1,024 URL-encoded characters, Messenger metadata 1,000 characters, Zendesk switchboard metadata 4 KB." },
    { code: 'context.not_carried', severity: 'warning', summary: 'The destination has no place for the context (a phone number takes no SIP headers; Zendesk Chat department routing and Messenger Conversation Routing take no metadata), so the agent never sees it.' },
    { code: 'context.warm_not_voice', severity: 'warning', summary: 'A warm transfer is set on a chat handover; only a voice transfer can whisper the summary to the agent.' },
    { code: 'context.warm_rejected_unconnected', severity: 'warning', summary: 'A warm transfer lets the agent decline, which takes the Rejected port; with it unconnected the call drops.' },
    { code: 'context.warm_nothing_to_say', severity: 'warning', summary: 'A warm transfer with no summary and no note: the agent hears nothing before the caller is connected.' },
  ],
  run({ flow, graph }, report) {
    const flowTags = [...new Set(flow.nodes.flatMap((n) => (n.type === 'add_tag' && n.data.tag ? [n.data.tag] : [])))];
    for (const node of graph.nodeById.values()) {
      if (node.type !== 'handover' || !node.data.context) continue;
      const context = node.data.context;
      const destination = node.data.destination;
      const name = nameNode(node, flow);
      const at = (...keys: string[]) => graph.nodePath(node.id, 'data', 'context', ...keys);
      const measure = measureAgentContext(destination, contextEntries(context, sampleValues(context, flowTags)));
      if (measure.limit !== null && measure.size > measure.limit) {
        report('context.too_long', {
          message: `${name}: the ${measure.label} take ${measure.size} ${measure.unit}; the limit is ${measure.limit}. Shorten the summary or note, or pass fewer variables.`,
          nodeId: node.id,
          path: at(),
        });
      }
      // A call waiting in a Twilio queue (<Enqueue>) is dialled by nobody: no SIP headers, no whisper.
      const queued = destination.kind === 'voice' && destination.queue !== undefined;
      const warm = context.warmTransfer && destination.kind === 'voice' && !queued;
      if (queued) {
        report('context.not_carried', { message: `${name}: a call waiting in a Twilio queue (<Enqueue>) takes nothing along to the agent who dequeues it, so the agent never sees the context. Put what matters in a Create task or a tag, or transfer to a SIP URI instead.`, nodeId: node.id, path: at() });
      } else if (measure.carrier === 'none' && !warm) {
        const [why, fix] = NOT_CARRIED[destination.kind === 'voice' || destination.kind === 'messenger' ? destination.kind : 'zendesk'];
        report('context.not_carried', { message: `${name}: ${why}, so the agent never sees the context. ${fix}`, nodeId: node.id, path: at() });
      }
      if (context.warmTransfer && destination.kind !== 'voice') {
        report('context.warm_not_voice', {
          message: `${name} is a ${destination.kind === 'live_chat' ? 'live chat' : destination.kind} handover: only a voice transfer can whisper the summary to the agent. Turn Warm transfer off.`,
          nodeId: node.id,
          path: at('warmTransfer'),
        });
      }
      if (!warm) continue;
      if (!graph.outEdges.get(node.id)?.has('rejected')) {
        report('context.warm_rejected_unconnected', {
          message: `${name}: in a warm transfer the agent can decline, which takes the Rejected port; it is not connected, so the call would drop. Connect it to a message, voicemail or callback.`,
          nodeId: node.id,
          path: at('warmTransfer'),
        });
      }
      if (!context.summaryVariable && !context.note.trim()) {
        report('context.warm_nothing_to_say', {
          message: `${name}: a warm transfer with no summary variable and no note — the agent hears nothing before the caller is connected. Set a summary variable or a note.`,
          nodeId: node.id,
          path: at('summaryVariable'),
        });
      }
    }
  },
});
