import type { NodeOfType } from '../../schema';
import { WAIT, type StepResult } from '../executors/stepResult';
import { interpolate } from '../interpolate';
import { buildTwilioTransfer } from '../providers/buildTwilioTransfer';
import { haltTurn, type Turn } from '../turn';
import { dropVoiceForNoAgents } from './dropVoiceForNoAgents';
import { failVoiceTransfer } from './failVoiceTransfer';
import { contextHeaders, emitAgentContext } from './emitAgentContext';
import { WHISPER_URL_PLACEHOLDER } from '../providers/buildWhisperTwiml';
import { isVoiceLineOpen } from './isVoiceLineOpen';
import { enqueueCall } from './enqueueCall';

/** Moveo "Voice handover" limitations: a browser-origin call has no caller ID for the new leg. */
export const BROWSER_CALL_REJECTION =
  'Browser (web) voice calls cannot be handed over: a browser call has no caller ID to use on the transferred leg, so the provider rejects the transfer.';

/**
 * Voice on Twilio: redirect the live call with <Dial> TwiML, then wait for the dial outcome
 * (transfer_outcome event, or the <Dial> timeout as no-answer). On web_voice the provider rejects.
 * Who can answer depends on agents and hours (isVoiceLineOpen): a Zendesk Talk line with nobody
 * takes No agents or drops the call; a direct line with nobody rings out (ringsOut, no-answer).
 */
export function startVoiceHandover(node: NodeOfType<'handover'>, turn: Turn): StepResult {
  const dest = node.data.destination;
  if (dest.kind !== 'voice') throw new Error('startVoiceHandover: not a voice destination');
  const s = turn.state;
  // Wait in a Twilio queue (<Enqueue>) rather than dial a person.
  if (dest.queue) return enqueueCall(node, turn, dest.queue, BROWSER_CALL_REJECTION);
  // Attribute values may carry {{variables}} ("X-Customer-Id: {{customer_id}}"), filled per call.
  const attributes = dest.attributes.map((a) => ({ name: a.name, value: interpolate(a.value, s.variables) }));
  const open = isVoiceLineOpen(turn, dest);
  const noAgentsWired = turn.index.target(node.id, 'no_agents') !== null;
  // Wired: the bot sees the Zendesk line has nobody and keeps the call for its fallback (no transfer).
  if (dest.line === 'zendesk_talk' && !open && noAgentsWired && s.channel !== 'web_voice') return dropVoiceForNoAgents(turn, node.id, true);
  // The context travels as X-Baton-* SIP headers; a warm transfer whispers it to the agent first.
  const context = emitAgentContext(node, turn);
  const withContext = context ? [...attributes, ...contextHeaders(context.entries)] : attributes;
  const built = buildTwilioTransfer({ ...dest, attributes: withContext }, turn.flow.settings.voice.recording, context?.warm ? WHISPER_URL_PLACEHOLDER : undefined);
  if (!built.ok) {
    haltTurn(turn, `Handover "${node.id}" cannot transfer the call: ${built.reason}`, node.id);
    return { kind: 'stop' };
  }
  if (built.dropped.length > 0) turn.emit('headers_dropped', { headers: built.dropped }, node.id);
  turn.emit('handover', { destination: 'voice', request: built.request }, node.id);
  if (s.channel === 'web_voice') {
    turn.emit('handover_rejected', { reason: BROWSER_CALL_REJECTION }, node.id);
    return failVoiceTransfer(turn, node.id, 'rejected');
  }
  if (dest.line === 'zendesk_talk' && !open) return dropVoiceForNoAgents(turn, node.id, false);
  s.handover = { nodeId: node.id, destination: 'voice', phase: 'ringing', since: s.now, timeoutAt: s.now + dest.timeoutSeconds * 1000 };
  // Nobody there to pick up (no agent, or closed): a direct line rings until the <Dial> timeout.
  if (!open) s.handover.ringsOut = true;
  return WAIT;
}
