import { describe, expect, it } from 'vitest';
import { voicemailDataSchema } from '../../src/schema';
import { buildVoicemailTwiml, RECORDING_STATUS_CALLBACK_PLACEHOLDER } from '../../src/runtime/providers/buildVoicemailTwiml';
import { buildTwilioVoicemail } from '../../src/runtime/providers/buildTwilioVoicemail';
import { buildZendeskCallbackRequest } from '../../src/runtime/providers/buildZendeskCallbackRequest';
import { buildZendeskTicket } from '../../src/runtime/providers/buildZendeskTicket';
import { createTicketDataSchema } from '../../src/schema';

const data = (over: Record<string, unknown> = {}) => voicemailDataSchema.parse(over);

describe('voicemail TwiML (<Record>)', () => {
  it('escapes the prompt as XML text, so markup in it stays words', () => {
    const twiml = buildVoicemailTwiml(data(), `Tom's "A&B" line: <Hangup/> ]]>`);
    expect(twiml).toContain('<Say>Tom&apos;s &quot;A&amp;B&quot; line: &lt;Hangup/&gt; ]]&gt;</Say>');
    expect(twiml.match(/<Hangup/g)).toBeNull();
    // Exactly the elements we wrote, however hostile the prompt.
    expect(twiml.match(/<[A-Za-z]+/g)).toEqual(['<Response', '<Say', '<Record']);
  });

  it('writes maxLength, finishOnKey, the beep and the recording status callback; transcription only when asked', () => {
    const off = buildVoicemailTwiml(data({ maxLengthSeconds: 30, transcribe: false, finishOnKey: '*#' }), 'Hi');
    expect(off).toBe(`<Response><Say>Hi</Say><Record maxLength="30" finishOnKey="*#" playBeep="true" recordingStatusCallback="${RECORDING_STATUS_CALLBACK_PLACEHOLDER}" recordingStatusCallbackEvent="completed"/></Response>`);
    expect(off).not.toContain('transcribe');
    expect(buildVoicemailTwiml(data({ transcribe: true }), 'Hi')).toContain(' transcribe="true" transcribeCallback="{{transcribe_callback}}"/>');
  });

  it('leaves out an empty prompt and keeps an empty finishOnKey (only silence or the length ends it)', () => {
    expect(buildVoicemailTwiml(data({ finishOnKey: '' }), '  ')).toMatch(/^<Response><Record maxLength="120" finishOnKey="" /);
  });

  it('refuses finish keys Twilio does not know and lengths outside 2–14,400 s', () => {
    expect(voicemailDataSchema.safeParse({ finishOnKey: 'a' }).success).toBe(false);
    expect(voicemailDataSchema.safeParse({ maxLengthSeconds: 1 }).success).toBe(false);
    expect(voicemailDataSchema.safeParse({ maxLengthSeconds: 14_401 }).success).toBe(false);
  });

  it('is sent as Twilio "Modify a live call" with the TwiML', () => {
    expect(buildTwilioVoicemail(data(), 'Hi')).toMatchObject({ provider: 'twilio', method: 'POST', path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json', purpose: 'voicemail' });
  });
});

describe('Zendesk requests', () => {
  it('creates a ticket with a private first comment', () => {
    const request = buildZendeskTicket('Missed call', 'No agent', createTicketDataSchema.parse({ priority: 'urgent', tags: ['a', 'b'] }));
    expect(request).toEqual({
      provider: 'zendesk',
      api: 'Ticketing API',
      method: 'POST',
      path: '/api/v2/tickets',
      body: { ticket: { subject: 'Missed call', comment: { body: 'No agent', public: false }, priority: 'urgent', tags: ['a', 'b'] } },
    });
  });

  it('requests a Talk callback with the number id as a number and the caller in E.164', () => {
    expect(buildZendeskCallbackRequest('1001', '+12025550143').body).toEqual({ callback_request: { phone_number_id: 1001, requester_phone_number: '+12025550143' } });
  });
});
