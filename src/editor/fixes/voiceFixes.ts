import { classifyDestination } from '../../rules/voice/classifyDestination';
import { filterSipHeaders } from '../../rules/voice/filterSipHeaders';
import { parseUserToUser } from '../../rules/voice/parseUserToUser';
import { nameNode, plural, type Flow } from '../../schema';
import { channelRouterFix } from './channelRouterFix';
import { connectPortFix } from './connectPortFix';
import { insertOnEdges } from './fixEdits';
import { draftNode, indexAfter, nodeOf } from './nodeOf';
import type { FixProvider, QuickFix } from './types';

// Seed: "Add a Pause action of 1–2 seconds immediately before Handover"; 1.5 s sits in the middle.
const PAUSE_SECONDS = 1.5;

const FAILURE_TEXTS = {
  busy: 'Sorry, everyone is on a call right now. Please try again in a few minutes.',
  no_answer: 'Sorry, nobody could answer just now. Please try again later.',
  rejected: 'Sorry, we could not put your call through. Please try again later.',
};

/** The attributes of the voice handover a diagnostic is about, with the row its path points at. */
function attributeOf(diagnostic: Parameters<FixProvider>[0], flow: Flow) {
  const node = nodeOf(diagnostic, flow, 'handover');
  const destination = node?.data.destination;
  const index = indexAfter(diagnostic, 'attributes');
  if (!node || destination?.kind !== 'voice' || index === undefined || !destination.attributes[index]) return undefined;
  return { node, index, attribute: destination.attributes[index] };
}

function editAttributes(nodeId: string, edit: (attributes: { name: string; value: string }[]) => void): QuickFix['apply'] {
  return (draft) => {
    const node = draftNode(draft, nodeId, 'handover');
    if (node?.data.destination.kind !== 'voice') return false;
    edit(node.data.destination.attributes);
  };
}

/** X-Twilio-Foo → X-Foo, Foo → X-Foo, "User to Use" → X-User-to-Use: the allow-list keeps any other X-* name. */
export function allowedHeaderName(name: string): string | null {
  const base = name
    .replace(/^x-twilio-?/i, '')
    .replace(/^x-/i, '')
    .replace(/[^A-Za-z0-9\-.!%*_+`'~]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const renamed = `X-${base}`;
  return base && filterSipHeaders([{ name: renamed, value: '' }]).dropped.length === 0 ? renamed : null;
}

/** What a typed destination most likely meant: trimmed, a SIP address without its scheme, a number with spaces. */
export function repairedDestination(to: string): string | null {
  const trimmed = to.trim();
  const candidates = [trimmed, /^[^:@\s]+@[^@\s]+$/.test(trimmed) ? `sip:${trimmed}` : '', /^\+[\d\s().-]+$/.test(trimmed) ? `+${trimmed.replace(/\D/g, '')}` : ''];
  return candidates.find((c) => c && c !== to && classifyDestination(c).kind !== 'invalid') ?? null;
}

const toHex = (text: string) => [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');

export const voiceFixes = {
  'voice.destination.invalid': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    const destination = node?.data.destination;
    const repaired = destination?.kind === 'voice' ? repairedDestination(destination.to) : null;
    if (!node || !repaired) return [];
    return [
      {
        id: 'repair-destination',
        label: `Change the destination to ${repaired}`,
        apply(draft) {
          const target = draftNode(draft, node.id, 'handover');
          if (target?.data.destination.kind !== 'voice') return false;
          target.data.destination.to = repaired;
        },
      },
    ];
  },
  'voice.pause.missing': (d, flow) => {
    const handover = nodeOf(d, flow, 'handover');
    const edge = flow.edges.find((e) => e.id === d.edgeId);
    if (!handover || !edge || edge.target !== handover.id) return [];
    return [
      {
        id: 'insert-pause',
        label: `Insert a ${PAUSE_SECONDS} s Pause before ${nameNode(handover, flow)}`,
        apply(draft, ctx) {
          const id = insertOnEdges(draft, flow, [edge.id], handover.id, 'pause', { seconds: PAUSE_SECONDS });
          if (!id) return false;
          ctx.select({ nodeIds: [id], edgeIds: [] });
        },
      },
    ];
  },
  'voice.pause.out_of_range': (d, flow) => {
    const pause = nodeOf(d, flow, 'pause');
    if (!pause) return [];
    return [
      {
        id: 'set-pause',
        label: `Set ${nameNode(pause, flow)} to ${PAUSE_SECONDS} s`,
        apply(draft) {
          const node = draftNode(draft, pause.id, 'pause');
          if (!node) return false;
          node.data.seconds = PAUSE_SECONDS;
        },
      },
    ];
  },
  'voice.header.dropped': (d, flow) => {
    const at = attributeOf(d, flow);
    if (!at) return [];
    const { node, index, attribute } = at;
    const shown = attribute.name.trim() || `header ${index + 1}`;
    const renamed = allowedHeaderName(attribute.name);
    const fixes: QuickFix[] = [];
    if (renamed) {
      fixes.push({
        id: 'rename-header',
        label: `Rename ${shown} to ${renamed}`,
        apply: editAttributes(node.id, (attributes) => {
          if (attributes[index]?.name !== attribute.name) return;
          attributes[index].name = renamed;
        }),
      });
    }
    fixes.push({
      id: 'remove-header',
      label: `Remove ${shown}`,
      apply: editAttributes(node.id, (attributes) => {
        if (attributes[index]?.name === attribute.name) attributes.splice(index, 1);
      }),
    });
    return fixes;
  },
  'voice.attributes.ignored': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (node?.data.destination.kind !== 'voice') return [];
    const count = node.data.destination.attributes.length;
    return [
      {
        id: 'remove-attributes',
        label: `Remove the ${plural(count, 'attribute')} of ${nameNode(node, flow)}`,
        apply: editAttributes(node.id, (attributes) => void attributes.splice(0)),
      },
    ];
  },
  'voice.uui.not_hex': (d, flow) => {
    const at = attributeOf(d, flow);
    if (!at) return [];
    const { node, index, attribute } = at;
    const [data, ...params] = attribute.value.split(';');
    const withoutEncoding = [data, ...params.filter((p) => p.split('=')[0].trim().toLowerCase() !== 'encoding')].join(';');
    const hexed = [toHex(parseUserToUser(attribute.value).data.trim()), ...params].join(';');
    const set = (value: string) =>
      editAttributes(node.id, (attributes) => {
        if (attributes[index]?.value === attribute.value) attributes[index].value = value;
      });
    return [
      { id: 'drop-encoding', label: 'Drop ;encoding=hex from the User-to-User value', apply: set(withoutEncoding) },
      { id: 'hex-encode', label: 'Hex-encode the User-to-User data', apply: set(hexed) },
    ];
  },
  'voice.channel.browser': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    if (!node) return [];
    const fixes: QuickFix[] = [];
    if (flow.settings.channels.includes('web_voice')) {
      fixes.push({
        id: 'untick-web-voice',
        label: 'Untick Browser voice in Flow settings',
        apply(draft) {
          const at = draft.settings.channels.indexOf('web_voice');
          if (at < 0) return false;
          draft.settings.channels.splice(at, 1);
        },
      });
    }
    return [...fixes, channelRouterFix(flow, node, 'phone_voice')];
  },
  'voice.channel.not_voice': (d, flow) => {
    const node = nodeOf(d, flow, 'handover');
    return node ? [channelRouterFix(flow, node, 'phone_voice')] : [];
  },
  'voice.port.unconnected': (d, flow) => connectPortFix(d, flow, nodeOf(d, flow, 'handover'), FAILURE_TEXTS),
  'voice.recording.continues': (_d, flow) =>
    flow.settings.voice.recording
      ? [
          {
            id: 'recording-off',
            label: 'Turn call recording off',
            apply(draft) {
              draft.settings.voice.recording = false;
            },
          },
        ]
      : [],
} satisfies Record<string, FixProvider>;
