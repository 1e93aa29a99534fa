import { describe, expect, it } from 'vitest';
import { buildLiveChatHandover, buildMessengerPassThreadControl, buildTwiml, buildTwilioTransfer, buildZendeskTransfer } from '../../src/runtime';
import { voiceDestinationSchema } from '../../src/schema';

const voice = (input: Record<string, unknown>) => voiceDestinationSchema.parse({ kind: 'voice', ...input });

describe('buildTwiml', () => {
  it('dials an E.164 number with the default 30 s timeout', () => {
    expect(buildTwiml(voice({ to: '+12025551234' }))).toEqual({
      ok: true,
      target: 'number',
      dropped: [],
      twiml: '<Response><Dial timeout="30"><Number>+12025551234</Number></Dial></Response>',
    });
  });

  it('sends allowed attributes as SIP URI headers, percent-encoded and XML-escaped', () => {
    const result = buildTwiml(
      voice({
        to: 'sip:agent@example.com',
        timeoutSeconds: 20,
        attributes: [
          { name: 'X-Customer-Id', value: '12345' },
          { name: 'User-to-User', value: 'priority=high;origin=ai-agent' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      target: 'sip',
      dropped: [],
      twiml:
        '<Response><Dial timeout="20"><Sip>sip:agent@example.com?X-Customer-Id=12345&amp;User-to-User=priority%3Dhigh%3Borigin%3Dai-agent</Sip></Dial></Response>',
    });
  });

  it('drops headers outside the allow-list and X-Twilio*, with Twilio codes', () => {
    const result = buildTwiml(
      voice({
        to: 'sips:desk@pbx.example.com:5061',
        attributes: [
          { name: 'X-Twilio-CallSid', value: 'x' },
          { name: 'Subject', value: 'y' },
          { name: 'P-Called-Party-ID', value: '<sip:desk@example.com>' },
        ],
      }),
    );
    expect(result.ok && result.dropped.map((d) => [d.name, d.twilioCode])).toEqual([
      ['X-Twilio-CallSid', 32113],
      ['Subject', 13252],
    ]);
    expect(result.ok && result.twiml).toBe(
      '<Response><Dial timeout="30"><Sip>sips:desk@pbx.example.com:5061?P-Called-Party-ID=%3Csip%3Adesk%40example.com%3E</Sip></Dial></Response>',
    );
  });

  it('ignores attributes for a phone number and reports each as dropped', () => {
    const result = buildTwiml(voice({ to: '+442071838750', attributes: [{ name: 'X-Customer-Id', value: '1' }] }));
    expect(result.ok && result.twiml).toBe('<Response><Dial timeout="30"><Number>+442071838750</Number></Dial></Response>');
    expect(result.ok && result.dropped).toEqual([{ name: 'X-Customer-Id', reason: expect.stringMatching(/phone number/) }]);
  });

  it('keeps headers up to exactly 1024 URL-encoded characters and refuses one more, with the count', () => {
    // "X-Data" is 6 characters: 6 + 1018 = 1024 is the budget; 1019 overflows it.
    const within = buildTwiml(voice({ to: 'sip:agent@example.com', attributes: [{ name: 'X-Data', value: 'a'.repeat(1018) }] }));
    expect(within.ok && within.twiml).toContain(`?X-Data=${'a'.repeat(1018)}</Sip>`);
    const over = buildTwiml(voice({ to: 'sip:agent@example.com', attributes: [{ name: 'X-Data', value: 'a'.repeat(1019) }] }));
    expect(over).toEqual({ ok: false, reason: expect.stringMatching(/1025 characters URL-encoded; Twilio allows 1024/) });
  });

  it('refuses a destination that is neither, saying why', () => {
    const result = buildTwiml(voice({ to: '202-555-0143' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/E\.164/);
  });
});

describe('buildTwilioTransfer', () => {
  it('updates the live call with the TwiML (Calls resource) and notes recording continues', () => {
    const result = buildTwilioTransfer(voice({ to: '+12025551234' }), true);
    expect(result).toMatchObject({
      ok: true,
      request: {
        provider: 'twilio',
        method: 'POST',
        path: '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json',
        body: { Twiml: '<Response><Dial timeout="30"><Number>+12025551234</Number></Dial></Response>' },
        recordingContinues: true,
      },
    });
  });
});

describe('buildMessengerPassThreadControl', () => {
  it('passes thread control to the Page Inbox app', () => {
    expect(buildMessengerPassThreadControl('1254477777772919', 'Needs a person')).toEqual({
      provider: 'messenger',
      method: 'POST',
      path: '/me/pass_thread_control',
      body: { recipient: { id: '1254477777772919' }, target_app_id: 263902037430900, metadata: 'Needs a person' },
    });
  });
  it('omits empty metadata', () => {
    expect(buildMessengerPassThreadControl('1', '').body).toEqual({ recipient: { id: '1' }, target_app_id: 263902037430900 });
  });
});

describe('buildZendeskTransfer', () => {
  it('transfers to the department_routing id with transferToDepartment', () => {
    const request = buildZendeskTransfer('360001234', 'chan-9');
    expect(request).toMatchObject({ provider: 'zendesk', operation: 'transferToDepartment', variables: { channel_id: 'chan-9', department_id: '360001234' } });
    expect(request.query).toMatch(/transferToDepartment\(channel_id: \$channel_id, department_id: \$department_id\)/);
  });
});

describe('buildLiveChatHandover', () => {
  it('goes to Unassigned with nobody assigned, else to the assignee', () => {
    expect(buildLiveChatHandover(null).body).toEqual({ queue: 'unassigned', assigneeId: null });
    expect(buildLiveChatHandover('dana').body).toEqual({ queue: 'assigned', assigneeId: 'dana' });
  });
});
