import type { VoicemailData } from '../../schema';
import { buildVoicemailTwiml } from './buildVoicemailTwiml';

/**
 * Twilio "Modify a live call" (POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json) with
 * the voicemail TwiML: the live call leaves the bot and records the caller's message.
 */
export interface TwilioVoicemailRequest {
  provider: 'twilio';
  method: 'POST';
  path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json';
  body: { Twiml: string };
  purpose: 'voicemail';
}

export function buildTwilioVoicemail(data: VoicemailData, prompt: string): TwilioVoicemailRequest {
  return {
    provider: 'twilio',
    method: 'POST',
    path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json',
    body: { Twiml: buildVoicemailTwiml(data, prompt) },
    purpose: 'voicemail',
  };
}
