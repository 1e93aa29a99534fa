import type { DestinationInfo } from './classifyDestination';

/** Twilio: a SIP URI used as a call's `To` must stay under 255 characters. */
export const SIP_URI_MAX_LENGTH = 254;

// RFC 3261 §25.1 character classes.
const UNRESERVED = "A-Za-z0-9\\-_.!~*'()";
const ESCAPED = '%[0-9A-Fa-f]{2}';
const USER = new RegExp(`^(?:[${UNRESERVED}&=+$,;?/]|${ESCAPED})+$`);
const PASSWORD = new RegExp(`^(?:[${UNRESERVED}&=+$,]|${ESCAPED})*$`);
const PARAM = new RegExp(`^(?:[${UNRESERVED}\\[\\]/:&+$]|${ESCAPED})+$`);
const HNAME = new RegExp(`^(?:[${UNRESERVED}\\[\\]/?:+$]|${ESCAPED})+$`);
const HVALUE = new RegExp(`^(?:[${UNRESERVED}\\[\\]/?:+$]|${ESCAPED})*$`);
// hostname = *( domainlabel "." ) toplabel [ "." ]; a top label starts with a letter.
const HOSTNAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function invalid(uri: string, why: string): DestinationInfo {
  return { kind: 'invalid', reason: `"${uri}" is not a valid SIP URI: ${why}` };
}

function isIpv6(text: string): boolean {
  let body = text;
  if (body.includes('.')) {
    // An IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
    const lastColon = body.lastIndexOf(':');
    if (lastColon < 0 || !IPV4.test(body.slice(lastColon + 1))) return false;
    body = body.slice(0, lastColon + 1) + '0:0';
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/**
 * A `sip:`/`sips:` URI per RFC 3261 §19.1.1: `sip:user[:password]@host[:port][;params][?headers]`,
 * host a name, IPv4 address or [IPv6] reference, port 1–65535. Twilio's <Sip> needs the user part.
 */
export function parseSipUri(uri: string): DestinationInfo {
  if (uri.length > SIP_URI_MAX_LENGTH) {
    return invalid(uri.slice(0, 40) + '…', `it is ${uri.length} characters; Twilio requires a SIP To under 255.`);
  }
  const colon = uri.indexOf(':');
  const scheme = uri.slice(0, colon).toLowerCase() as 'sip' | 'sips';
  const rest = uri.slice(colon + 1);
  const at = rest.indexOf('@');
  if (at < 0) return invalid(uri, `add the user part, e.g. ${scheme}:agent@example.com.`);
  if (rest.indexOf('@', at + 1) >= 0) return invalid(uri, 'it has more than one "@"; escape it in the user part as %40.');
  const userinfo = rest.slice(0, at);
  const passwordAt = userinfo.indexOf(':');
  const user = passwordAt < 0 ? userinfo : userinfo.slice(0, passwordAt);
  if (!USER.test(user)) return invalid(uri, `the user part "${user}" is empty or has characters that must be %-escaped.`);
  if (passwordAt >= 0 && !PASSWORD.test(userinfo.slice(passwordAt + 1))) return invalid(uri, 'the password has characters that must be %-escaped.');

  const hostport = rest.slice(at + 1);
  let host: string;
  let after: string;
  if (hostport.startsWith('[')) {
    const close = hostport.indexOf(']');
    if (close < 0 || !isIpv6(hostport.slice(1, close))) return invalid(uri, 'the [IPv6] host is not a valid IPv6 address.');
    host = hostport.slice(0, close + 1);
    after = hostport.slice(close + 1);
  } else {
    const end = hostport.search(/[:;?]/);
    host = end < 0 ? hostport : hostport.slice(0, end);
    after = end < 0 ? '' : hostport.slice(end);
    if (host === '') return invalid(uri, 'the host is missing after "@".');
    const looksNumeric = /^[\d.]+$/.test(host);
    if (looksNumeric ? !IPV4.test(host) : !HOSTNAME.test(host)) {
      return invalid(uri, `the host "${host}" is neither a domain name nor an IPv4 address.`);
    }
  }

  let port: number | undefined;
  const portMatch = /^:([^;?]*)/.exec(after);
  if (portMatch) {
    port = /^\d{1,5}$/.test(portMatch[1]) ? Number(portMatch[1]) : NaN;
    if (!(port >= 1 && port <= 65535)) return invalid(uri, `the port "${portMatch[1]}" must be a number from 1 to 65535.`);
    after = after.slice(portMatch[0].length);
  }

  const question = after.indexOf('?');
  const params = question < 0 ? after : after.slice(0, question);
  if (params !== '' && !params.startsWith(';')) return invalid(uri, `unexpected "${params}" after the host.`);
  for (const param of params.split(';').slice(1)) {
    const [name, ...value] = param.split('=');
    if (!PARAM.test(name) || (value.length > 0 && !PARAM.test(value.join('=')))) {
      return invalid(uri, `the parameter ";${param}" is empty or has characters that must be %-escaped.`);
    }
  }
  if (question >= 0) {
    for (const header of after.slice(question + 1).split('&')) {
      const eq = header.indexOf('=');
      if (eq < 0 || !HNAME.test(header.slice(0, eq)) || !HVALUE.test(header.slice(eq + 1))) {
        return invalid(uri, `the header "${header}" must be name=value with special characters %-escaped.`);
      }
    }
  }
  return { kind: 'sip', uri, scheme, user, host, ...(port !== undefined ? { port } : {}) };
}
