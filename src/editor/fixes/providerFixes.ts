import type { Draft } from 'immer';
import type { Diagnostic } from '../../rules/diagnostic';
import { nameNode, type Flow, type FlowNode, type VoicemailData } from '../../schema';
import { channelRouterFix } from './channelRouterFix';
import { connectToNew } from './fixEdits';
import { draftNode, indexAfter, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

// Twilio transcribes recordings of 2 minutes or less.
const TRANSCRIBE_LIMIT_SECONDS = 120;
// What the person reads as the thread passes to the team (Conversation Routing sends it).
const PASS_MESSAGE = 'Connecting you with our team.';

type Destination<K extends string> = Extract<Extract<FlowNode, { type: 'handover' }>['data']['destination'], { kind: K }>;

/** A fix that edits the destination of the diagnostic's handover when it is still of `kind`. */
function destinationFix<K extends string>(d: Diagnostic, flow: Flow, kind: K, id: string, label: string, edit: (destination: Draft<Destination<K>>) => void | false): QuickFix[] {
  const node = nodeOf(d, flow, 'handover');
  if (node?.data.destination.kind !== kind) return [];
  return [
    {
      id,
      label,
      apply(draft) {
        const destination = draftNode(draft, node.id, 'handover')?.data.destination;
        if (destination?.kind !== kind) return false;
        return edit(destination as Draft<Destination<K>>);
      },
    },
  ];
}

/** "Connect <port> to a new <kind>": the step the rule's message names as the repair. */
function connectNewStep(d: Diagnostic, flow: Flow, port: string, portLabel: string, type: 'voicemail' | 'create_task', kindLabel: string, data: Record<string, unknown>): QuickFix[] {
  const node = nodeOf(d, flow, 'handover');
  if (!node || flow.edges.some((e) => e.source === node.id && e.sourcePort === port)) return [];
  return [
    {
      id: `connect-${port}`,
      label: `Connect ${portLabel} to a new ${kindLabel}`,
      apply(draft, ctx) {
        if (draft.edges.some((e) => e.source === node.id && e.sourcePort === port)) return false;
        ctx.select({ nodeIds: [connectToNew(draft, flow, node.id, port, type, data)], edgeIds: [] });
      },
    },
  ];
}

const subscribe = (field: 'messaging_handovers' | 'standby'): FixProvider => (d, flow) =>
  destinationFix(d, flow, 'messenger', `subscribe-${field}`, `Subscribe the Messenger app to ${field}`, (destination) => {
    if (destination.webhooks?.includes(field)) return false;
    destination.webhooks = [...(destination.webhooks ?? []), field];
  });

export const providerFixes = {
  'voice.no_agents.unconnected': (d, flow) => connectNewStep(d, flow, 'no_agents', 'No agents', 'voicemail', 'Voicemail', {}),
  'voicemail.channel.not_voice': (d, flow) => {
    const node = nodeOf(d, flow, 'voicemail');
    return node ? [channelRouterFix(flow, node, 'phone_voice')] : [];
  },
  'voicemail.transcribe.too_long': (d, flow) => {
    const node = nodeOf(d, flow, 'voicemail');
    if (!node) return [];
    const set = (edit: (data: Draft<VoicemailData>) => void): QuickFix['apply'] => (draft) => {
      const target = draftNode(draft, node.id, 'voicemail');
      if (!target) return false;
      edit(target.data);
    };
    return [
      { id: 'shorten', label: `Record at most 2 minutes in ${nameNode(node, flow)}`, apply: set((data) => void (data.maxLengthSeconds = TRANSCRIBE_LIMIT_SECONDS)) },
      { id: 'no-transcription', label: `Turn transcription off in ${nameNode(node, flow)}`, apply: set((data) => void (data.transcribe = false)) },
    ];
  },
  'callback.number.unchecked': (d, flow) => {
    const node = nodeOf(d, flow, 'offer_callback');
    if (!node) return [];
    return [
      {
        id: 'validate-number',
        label: `Check the number in ${nameNode(node, flow)}`,
        apply(draft) {
          const target = draftNode(draft, node.id, 'offer_callback');
          if (!target || target.data.validateNumber) return false;
          target.data.validateNumber = true;
        },
      },
    ];
  },
  'waiting.callback.unconnected': (d, flow) => connectNewStep(d, flow, 'callback', 'Callback', 'create_task', 'Create task', { title: 'Call the user back' }),
  'messenger.routing.metadata_not_sent': (d, flow) =>
    destinationFix(d, flow, 'messenger', 'clear-metadata', 'Remove the metadata (Conversation Routing does not send it)', (destination) => {
      if (destination.metadata === '') return false;
      destination.metadata = '';
    }),
  'messenger.routing.no_pass_message': (d, flow) =>
    destinationFix(d, flow, 'messenger', 'pass-message', `Send "${PASS_MESSAGE}" with the thread`, (destination) => {
      if (destination.passMessage.trim() !== '') return false;
      destination.passMessage = PASS_MESSAGE;
    }),
  'voice.line.calendar_missing': (d, flow) =>
    destinationFix(d, flow, 'voice', 'clear-line-calendar', 'Clear the line hours calendar (the business-hours switch decides)', (destination) => {
      if (!destination.hoursCalendarId) return false;
      delete destination.hoursCalendarId;
    }),
  'messenger.webhooks.no_handovers': subscribe('messaging_handovers'),
  'messenger.webhooks.no_standby': subscribe('standby'),
  'zendesk.switchboard.metadata_key': (d, flow) => {
    const index = indexAfter(d, 'switchboardMetadata');
    const node = nodeOf(d, flow, 'handover');
    const entry = node?.data.destination.kind === 'zendesk' && index !== undefined ? node.data.destination.switchboardMetadata[index] : undefined;
    if (!entry || index === undefined) return [];
    return destinationFix(d, flow, 'zendesk', 'remove-entry', `Remove metadata entry ${index + 1}${entry.key.trim() ? ` ("${entry.key}")` : ''}`, (destination) => {
      const target = destination.switchboardMetadata[index];
      if (target?.key !== entry.key || target.value !== entry.value) return false;
      destination.switchboardMetadata.splice(index, 1);
    });
  },
} satisfies Record<string, FixProvider>;
