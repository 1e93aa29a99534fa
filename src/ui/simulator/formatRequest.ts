import type { ProviderRequest } from '../../runtime';

/** Indents generated TwiML one element per line (it has no mixed content). */
export function formatTwiml(xml: string): string {
  let depth = 0;
  return xml
    .replace(/>\s*</g, '>\n<')
    .split('\n')
    .map((line) => {
      const closing = line.startsWith('</');
      if (closing) depth -= 1;
      const out = '  '.repeat(Math.max(0, depth)) + line;
      if (!closing && !line.startsWith('<?') && !line.endsWith('/>') && !/<\/[^>]+>$/.test(line)) depth += 1;
      return out;
    })
    .join('\n');
}

/** The exact request a handover sends, as text for a <pre>: method and path, then the body. */
export function formatRequest(request: ProviderRequest): string {
  switch (request.provider) {
    case 'twilio':
      return `${request.method} ${request.path}\nTwiml=\n${formatTwiml(request.body.Twiml)}`;
    case 'zendesk':
      if (request.operation === 'passControl') return `${request.api} · ${request.operation}\n${request.method} ${request.path}\n${JSON.stringify(request.body, null, 2)}`;
      return `${request.api} · ${request.operation}\n${request.query}\n\nvariables ${JSON.stringify(request.variables, null, 2)}`;
    default:
      return `${request.method} ${request.path}\n${JSON.stringify(request.body, null, 2)}`;
  }
}
