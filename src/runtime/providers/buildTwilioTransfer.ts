import type { VoiceDestination } from '../../schema';
import type { DroppedHeader } from '../../rules/voice/filterSipHeaders';
import { buildTwiml } from './buildTwiml';

/**
 * Twilio "Modify a live call": POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json with a
 * `Twiml` parameter redirects the active call leg to new instructions — here the <Dial> transfer.
 * The inbound leg stays open while the new leg is dialled, so both legs are billed (Moveo
 * "Voice handover" limitations).
 */
export interface TwilioTransferRequest {
  provider: 'twilio';
  method: 'POST';
  path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json';
  body: { Twiml: string };
  /** number / sip: a <Dial>; queue: an <Enqueue> (buildTwilioEnqueue). */
  target: 'number' | 'sip' | 'queue';
  /** Recording continues into the transferred leg (Moveo "Voice handover" limitations). */
  recordingContinues: boolean;
}

export type TwilioTransferResult =
  | { ok: true; request: TwilioTransferRequest; dropped: DroppedHeader[] }
  | { ok: false; reason: string };

export function buildTwilioTransfer(destination: VoiceDestination, recording: boolean, whisperUrl?: string): TwilioTransferResult {
  const built = buildTwiml(destination, whisperUrl);
  if (!built.ok) return built;
  return {
    ok: true,
    dropped: built.dropped,
    request: {
      provider: 'twilio',
      method: 'POST',
      path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json',
      body: { Twiml: built.twiml },
      target: built.target,
      recordingContinues: recording,
    },
  };
}
