import { describe, expect, it } from 'vitest';
import { classifyDestination } from '../../src/rules/voice/classifyDestination';
import { encodeSipHeaders, filterSipHeaders, SIP_HEADER_BUDGET } from '../../src/rules/voice/filterSipHeaders';
import { parseUserToUser } from '../../src/rules/voice/parseUserToUser';

describe('classifyDestination', () => {
  it('reads an E.164 number with its country', () => {
    expect(classifyDestination('+12025551234')).toEqual({ kind: 'e164', number: '+12025551234', country: 'US', possible: true });
    expect(classifyDestination('+442079460958')).toMatchObject({ kind: 'e164', country: 'GB', possible: true });
  });

  it('flags a well-formed number that is impossible for its country', () => {
    expect(classifyDestination('+1202555')).toMatchObject({ kind: 'e164', possible: false });
  });

  it.each(['+1 202 555 1234', '12025551234', '+0123456', '+1234567890123456', '+'])('rejects %j as a number', (to) => {
    expect(classifyDestination(to).kind).toBe('invalid');
  });

  it('suggests the E.164 form of a number typed with punctuation', () => {
    const info = classifyDestination('+1 (202) 555-1234');
    expect(info.kind === 'invalid' && info.reason).toMatch(/\+12025551234/);
  });

  it('parses SIP and SIPS URIs with port, params and headers', () => {
    expect(classifyDestination('sip:agent@example.com')).toEqual({ kind: 'sip', uri: 'sip:agent@example.com', scheme: 'sip', user: 'agent', host: 'example.com' });
    expect(classifyDestination('sips:desk+1@10.0.0.5:5061;transport=tls?X-Queue=gold')).toMatchObject({
      kind: 'sip', scheme: 'sips', user: 'desk+1', host: '10.0.0.5', port: 5061,
    });
    expect(classifyDestination('sip:a@[2001:db8::1]:5060')).toMatchObject({ kind: 'sip', host: '[2001:db8::1]', port: 5060 });
    expect(classifyDestination('SIP:a@[::ffff:192.0.2.1]')).toMatchObject({ kind: 'sip', scheme: 'sip' });
  });

  it.each([
    ['sip:example.com', /user part/],
    ['sip:@example.com', /user part/],
    ['sip:a@', /host is missing/],
    ['sip:a@999.1.1.1', /host/],
    ['sip:a@exa_mple.com', /host/],
    ['sip:a@[2001:db8:::1]', /IPv6/],
    ['sip:a@example.com:0', /port/],
    ['sip:a@example.com:65536', /port/],
    ['sip:a b@example.com', /user part/],
    ['sip:a@b@example.com', /more than one "@"/],
    ['sip:a@example.com;=x', /parameter/],
    ['sip:a@example.com?novalue', /header/],
    [`sip:${'a'.repeat(250)}@example.com`, /under 255/],
  ])('rejects %s', (to, why) => {
    const info = classifyDestination(to);
    expect(info.kind).toBe('invalid');
    expect(info.kind === 'invalid' && info.reason).toMatch(why);
  });

  it('accepts a SIP URI of 254 characters and refuses 255 (Twilio: under 255)', () => {
    const at = (n: number) => `sip:${'a'.repeat(n - 'sip:@example.com'.length)}@example.com`;
    expect(classifyDestination(at(254)).kind).toBe('sip');
    expect(classifyDestination(at(255)).kind).toBe('invalid');
  });

  it('explains empty and unrelated input', () => {
    expect(classifyDestination('  ')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/empty/) });
    expect(classifyDestination('agent@example.com')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/neither/) });
  });
});

describe('filterSipHeaders', () => {
  it('keeps X-* and the four standard headers in any case, drops the rest with Twilio codes', () => {
    const { kept, dropped } = filterSipHeaders([
      { name: 'X-Customer-Id', value: '12345' },
      { name: 'user-to-user', value: '00ff' },
      { name: 'Remote-Party-ID', value: '<sip:a@b>' },
      { name: 'P-Preferred-Identity', value: '<sip:a@b>' },
      { name: 'P-Called-Party-ID', value: '<sip:a@b>' },
      { name: 'x-twilio-anything', value: '1' },
      { name: 'Diversion', value: '<sip:c@d>' },
      { name: 'X-', value: '1' },
      { name: 'X-Bad Name', value: '1' },
    ]);
    expect(kept.map((h) => h.name)).toEqual(['X-Customer-Id', 'user-to-user', 'Remote-Party-ID', 'P-Preferred-Identity', 'P-Called-Party-ID']);
    expect(dropped.map((d) => [d.name, d.twilioCode])).toEqual([
      ['x-twilio-anything', 32113],
      ['Diversion', 13252],
      ['X-', 13252],
      ['X-Bad Name', undefined],
    ]);
    expect(dropped[1].reason).toMatch(/allow-list/);
  });

  it('counts URL-encoded names and values of kept headers only', () => {
    const { encodedLength } = filterSipHeaders([
      { name: 'X-A', value: 'a b' }, // 3 + 5 ("a%20b")
      { name: 'User-to-User', value: 'priority=high;origin=ai-agent' }, // 12 + 35 ("priority%3Dhigh%3Borigin%3Dai-agent")
      { name: 'Diversion', value: 'x'.repeat(2000) },
    ]);
    expect(encodedLength).toBe(3 + 5 + 12 + 35);
    expect(SIP_HEADER_BUDGET).toBe(1024);
  });

  it('encodes kept headers as a URI header part', () => {
    expect(encodeSipHeaders([{ name: 'X-Customer-Id', value: '12345' }, { name: 'User-to-User', value: 'priority=high;origin=ai-agent' }]))
      .toBe('X-Customer-Id=12345&User-to-User=priority%3Dhigh%3Borigin%3Dai-agent');
    expect(encodeSipHeaders([])).toBe('');
  });
});

describe('parseUserToUser', () => {
  it('reads data and parameters (RFC 7433)', () => {
    expect(parseUserToUser('56a390f3;encoding=hex;purpose=isdn-uui')).toEqual({
      data: '56a390f3', params: { encoding: 'hex', purpose: 'isdn-uui' }, dataMatchesEncoding: true,
    });
  });
  it.each([['zz;encoding=hex', false], ['abc;encoding=hex', false], ['ABCD;Encoding=HEX', true], ['priority=high;origin=ai-agent', true]])(
    '%s matches its encoding: %s', (value, ok) => expect(parseUserToUser(value).dataMatchesEncoding).toBe(ok),
  );
});
