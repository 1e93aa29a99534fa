import type { TwilioTransferRequest } from '../../runtime/providers/buildTwilioTransfer';
import { escapeXml } from '../../runtime/providers/escapeXml';
import type { ProviderRefs } from '../contracts';
import { PROVIDER_ENV, type ProviderConfig } from './loadProviderConfig';
import { missingRef, missingSetting, type FillResult } from './requestPlan';

/** Path of the <Dial action> callback; the webhook plugin serves it. */
export const TWILIO_DIAL_ACTION_PATH = '/webhooks/twilio/dial';

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
 * form-encoded `Twiml=…`, HTTP basic auth with the account SID and auth token.
 */
export function fillTwilioRequest(request: TwilioTransferRequest, refs: ProviderRefs, config: ProviderConfig): FillResult {
  const accountSid = refs.accountSid ?? config.twilio.accountSid;
  if (!accountSid) return missingSetting('Twilio', PROVIDER_ENV.twilioAccountSid, 'the account the call belongs to');
  if (!config.twilio.authToken) return missingSetting('Twilio', PROVIDER_ENV.twilioAuthToken, 'HTTP basic auth');
  if (!refs.callSid) return missingRef('Twilio', 'callSid', 'the live call to modify');
  if (!config.publicUrl) return missingSetting('Twilio', PROVIDER_ENV.publicUrl, 'the <Dial action> callback URL');

  const path = request.path
    .replace('{AccountSid}', encodeURIComponent(accountSid))
    .replace('{CallSid}', encodeURIComponent(refs.callSid));
  const url = `${config.twilio.apiBaseUrl}${path}`;
  const twiml = addDialAction(request.body.Twiml, `${config.publicUrl}${TWILIO_DIAL_ACTION_PATH}`);
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
