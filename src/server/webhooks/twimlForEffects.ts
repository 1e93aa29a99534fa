import type { Effect } from '../../runtime';
import { escapeXml } from '../../runtime/providers/escapeXml';

/**
 * How long the caller holds when the bot starts another transfer: the outbox's "Modify a live
 * call" request replaces this TwiML as soon as it lands, so this only bounds a stuck outbox.
 */
export const HOLD_FOR_TRANSFER_SECONDS = 60;

/** Path of the <Gather action> that brings the caller's answer back: `{path}/{conversationId}`. */
export const TWILIO_GATHER_PATH = '/webhooks/twilio/gather';

/** Seconds <Gather> waits for the first key or word (Twilio's default, written out). */
export const GATHER_TIMEOUT_SECONDS = 5;

const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/** Whether the turn leaves the bot owning a live call with a question put: its answer is the next turn. */
function waitsForCaller(effects: readonly Effect[]): boolean {
  if (!effects.some((e) => e.type === 'bot_says')) return false;
  if (effects.some((e) => e.type === 'call_dropped' || e.type === 'conversation_ended' || e.type === 'voicemail_started')) return false;
  if (effects.some((e) => e.type === 'handover')) return false;
  const owner = [...effects].reverse().find((e): e is Extract<Effect, { type: 'ownership_changed' }> => e.type === 'ownership_changed');
  return !owner || owner.to === 'bot';
}

/** A <Gather> for speech or keys around `verbs`, posting to `action` (TwiML <Gather>); `onEmpty` posts silence too. */
export function gather(action: string, verbs: string, onEmpty: boolean): string {
  const attrs = `input="dtmf speech" action="${escapeXml(action)}" method="POST" timeout="${GATHER_TIMEOUT_SECONDS}" speechTimeout="auto"${onEmpty ? ' actionOnEmptyResult="true"' : ''}`;
  return verbs ? `<Gather ${attrs}>${verbs}</Gather>` : `<Gather ${attrs}/>`;
}

/**
 * The TwiML answer to a Twilio callback that ran a turn (the <Dial action>, the <Enqueue action>,
 * the caller's answer to a <Gather>), decided by what the engine did (TwiML <Dial> reference:
 * "Call flow will then continue, using the TwiML you send in response"):
 * - what the bot says is spoken (<Say>), its pauses are <Pause> (whole seconds, as TwiML takes them);
 * - a new voice handover (the busy port tries another team) or a voicemail holds the caller with a
 *   <Pause>, so the call is still live when the outbox's "Modify a live call" request redirects it;
 * - a conversation the engine ended (the call dropped for want of a port, or an End node) hangs up;
 * - a turn that leaves the bot owning the call with something said (a question: the Offer callback
 *   node's number and read-back, a satisfaction question) waits for the caller, given `gatherUrl`:
 *   the turn's verbs inside <Gather input="dtmf speech" action=gatherUrl>. Twilio posts the keys or
 *   words there (Digits / SpeechResult); on silence it goes on to the next verb (TwiML <Gather>:
 *   "Twilio will move on to the next TwiML verb in the document"), which asks the last question once
 *   more in a <Gather actionOnEmptyResult="true">, so a second silence is posted with no input and
 *   the engine's own no-input path runs (twilioGatherRoute).
 * With nothing left to run Twilio ends the call, which is right for an outcome the engine ignored.
 */
export function twimlForEffects(effects: readonly Effect[], gatherUrl?: string): string {
  const verbs: string[] = [];
  let lastSay = '';
  for (const e of effects) {
    if (e.type === 'bot_says') verbs.push((lastSay = `<Say>${escapeXml(e.text)}</Say>`));
    else if (e.type === 'pause') verbs.push(`<Pause length="${Math.max(1, Math.round(e.seconds))}"/>`);
    else if (e.type === 'handover' && e.destination === 'voice') verbs.push(`<Pause length="${HOLD_FOR_TRANSFER_SECONDS}"/>`);
    else if (e.type === 'voicemail_started') verbs.push(`<Pause length="${HOLD_FOR_TRANSFER_SECONDS}"/>`);
  }
  if (gatherUrl && waitsForCaller(effects)) {
    return `${XML}<Response>${gather(gatherUrl, verbs.join(''), false)}${gather(gatherUrl, lastSay, true)}</Response>`;
  }
  if (effects.some((e) => e.type === 'call_dropped' || e.type === 'conversation_ended')) verbs.push('<Hangup/>');
  return `${XML}<Response>${verbs.join('')}</Response>`;
}

/** The <Gather action> of one conversation on this server. */
export const gatherUrlFor = (publicUrl: string, conversationId: string) => `${publicUrl}${TWILIO_GATHER_PATH}/${encodeURIComponent(conversationId)}`;
