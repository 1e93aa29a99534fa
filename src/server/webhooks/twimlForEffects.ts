import type { Effect } from '../../runtime';
import { escapeXml } from '../../runtime/providers/escapeXml';

/**
 * How long the caller holds when the bot starts another transfer: the outbox's "Modify a live
 * call" request replaces this TwiML as soon as it lands, so this only bounds a stuck outbox.
 */
export const HOLD_FOR_TRANSFER_SECONDS = 60;

/**
 * The TwiML answer to a <Dial action> callback, decided by what the engine did with the outcome
 * (TwiML <Dial> reference: "Call flow will then continue, using the TwiML you send in response"):
 * - what the bot says is spoken (<Say>), its pauses are <Pause> (whole seconds, as TwiML takes them);
 * - a new voice handover (the busy port tries another team) holds the caller with a <Pause>, so the
 *   call is still live when the outbox's "Modify a live call" request redirects it to the new <Dial>;
 * - a conversation the engine ended (the call dropped for want of a port, or an End node) hangs up.
 * With nothing left to run Twilio ends the call, which is right for an outcome the engine ignored.
 */
export function twimlForEffects(effects: readonly Effect[]): string {
  const verbs: string[] = [];
  for (const e of effects) {
    if (e.type === 'bot_says') verbs.push(`<Say>${escapeXml(e.text)}</Say>`);
    else if (e.type === 'pause') verbs.push(`<Pause length="${Math.max(1, Math.round(e.seconds))}"/>`);
    else if (e.type === 'handover' && e.destination === 'voice') verbs.push(`<Pause length="${HOLD_FOR_TRANSFER_SECONDS}"/>`);
  }
  if (effects.some((e) => e.type === 'call_dropped' || e.type === 'conversation_ended')) verbs.push('<Hangup/>');
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join('')}</Response>`;
}
