import type { TwilioTransferRequest } from '../../runtime/providers/buildTwilioTransfer';
import type { TwilioVoicemailRequest } from '../../runtime/providers/buildTwilioVoicemail';
import { RECORDING_STATUS_CALLBACK_PLACEHOLDER, TRANSCRIBE_CALLBACK_PLACEHOLDER } from '../../runtime/providers/buildVoicemailTwiml';
import { WHISPER_URL_PLACEHOLDER } from '../../runtime/providers/buildWhisperTwiml';
import { escapeXml } from '../../runtime/providers/escapeXml';
import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';
import { fillQueueUrls } from './twilioQueueUrls';

/** Path of the <Dial action> callback; the webhook plugin serves it. */
export const TWILIO_DIAL_ACTION_PATH = '/webhooks/twilio/dial';
/** Where a warm transfer's whisper is served, per conversation: `{path}/{conversationId}`. */
export const TWILIO_WHISPER_PATH = '/webhooks/twilio/whisper';
/** <Record recordingStatusCallback> and <Record transcribeCallback> of a voicemail. */
export const TWILIO_RECORDING_PATH = '/webhooks/twilio/recording';
export const TWILIO_TRANSCRIPTION_PATH = '/webhooks/twilio/transcription';

/**
 * The server's own URLs in place of the engine's placeholders: the whisper (`<Number url>` /
 * `<Sip url>`) of this conversation, and a voicemail's recording and transcription callbacks.
 */
export function fillCallbackUrls(twiml: string, publicUrl: string, conversationId: string): string {
  const filled = twiml
    .split(WHISPER_URL_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_WHISPER_PATH}/${encodeURIComponent(conversationId)}`))
    .split(RECORDING_STATUS_CALLBACK_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_RECORDING_PATH}`))
    .split(TRANSCRIBE_CALLBACK_PLACEHOLDER).join(escapeXml(`${publicUrl}${TWILIO_TRANSCRIPTION_PATH}`));
  // A call put in a Twilio queue: <Enqueue waitUrl> and <Enqueue action>.
  return fillQueueUrls(filled, publicUrl);
}

/**
 * Adds `action="{PUBLIC_URL}/webhooks/twilio/dial" method="POST"` to the first <Dial> that has no
 * action. Twilio requests the action URL when the dialled leg ends, with DialCallStatus (TwiML
 * <Dial> reference); without one the outcome of the transfer would never reach the conversation.
 * The engine's buildTwiml writes no action (it knows no server), so the edge adds it here.
 */
export function addDialAction(twiml: string, actionUrl: string): string {
  return twiml.replace(/<Dial\b([^>]*)>/, (tag, attrs: string) =>
    /\saction\s*=/.test(attrs) ? tag : `<Dial${attrs} action="${escapeXml(actionUrl)}" method="POST">`,
  );
}

/**
 * Twilio "Modify a live call": POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json,
 * form-encoded `Twiml=…`, HTTP basic auth with the account SID and auth token. The same request
 * carries a transfer (<Dial>, given its action) and a voicemail (<Record>, given its callbacks).
 */
export function fillTwilioRequest(request: TwilioTransferRequest | TwilioVoicemailRequest, refs: ProviderRefs, config: ProviderConfig, conversationId = ''): FillResult {
  const accountSid = refs.accountSid ?? config.twilio.accountSid;
  if (!accountSid) return missingSetting('Twilio', PROVIDER_ENV.twilioAccountSid, 'the account the call belongs to');
  if (!config.twilio.authToken) return missingSetting('Twilio', PROVIDER_ENV.twilioAuthToken, 'HTTP basic auth');
  if (!refs.callSid) return missingRef('Twilio', 'callSid', 'the live call to modify');
  if (!config.publicUrl) return missingSetting('Twilio', PROVIDER_ENV.publicUrl, 'the <Dial action> callback URL');

  const path = request.path
    .replace('{AccountSid}', encodeURIComponent(accountSid))
    .replace('{CallSid}', encodeURIComponent(refs.callSid));
  const url = `${config.twilio.apiBaseUrl}${path}`;
  const twiml = fillCallbackUrls(addDialAction(request.body.Twiml, `${config.publicUrl}${TWILIO_DIAL_ACTION_PATH}`), config.publicUrl, conversationId);
  const basic = Buffer.from(`${accountSid}:${config.twilio.authToken}`).toString('base64');
  return {
    ok: true,
    plan: {
      provider: 'twilio',
      method: 'POST',
      url,
      displayUrl: url,
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Twiml: twiml }).toString(),
    },
  };
}
