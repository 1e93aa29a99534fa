import type { Effect } from '../../runtime';
import { formatTwiml } from './formatRequest';

export interface FallbackRequest {
  seq: number;
  at: number;
  nodeId?: string;
  provider: 'Twilio' | 'Zendesk';
  text: string;
}

/** The requests the fallbacks for when nobody answers send (voicemail, ticket, callback), as text for a <pre>. */
export function fallbackRequestsOf(effects: readonly Effect[]): FallbackRequest[] {
  const out: FallbackRequest[] = [];
  for (const e of effects) {
    const base = { seq: e.seq, at: e.at, ...(e.nodeId !== undefined ? { nodeId: e.nodeId } : {}) };
    if (e.type === 'voicemail_started') {
      out.push({ ...base, provider: 'Twilio', text: `${e.request.method} ${e.request.path}\nTwiml=\n${formatTwiml(e.request.body.Twiml)}` });
    } else if ((e.type === 'ticket_created' || e.type === 'callback_requested') && e.request) {
      out.push({ ...base, provider: 'Zendesk', text: `${e.request.api}\n${e.request.method} ${e.request.path}\n${JSON.stringify(e.request.body, null, 2)}` });
    }
  }
  return out;
}
