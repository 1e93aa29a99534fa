import type { FlowNode } from '../schema';

/** Steps that wait for an event from outside (an agent, the clock) on most of their ports. */
export const WAIT_TYPES: ReadonlySet<FlowNode['type']> = new Set(['handover', 'pause_bot', 'offer_callback']);

/**
 * When a waiting step (Handover, Pause bot) can leave by `port` in the same turn it is entered, how
 * ("when no agent is available …"); null when that port only fires on a later event or timer. A loop
 * through such a port waits for nothing. Each case mirrors src/runtime/handover/*:
 * - live chat / Zendesk `no_agents` (queueForAgent): taken at once with no agent or outside hours;
 * - Messenger `transferred` (startMessengerHandover): the Page Inbox owns the thread at once;
 * - voice `rejected` (startVoiceHandover): a browser call has no caller ID, so the transfer is
 *   refused at once — only where a browser voice call can arrive (`browserVoice`);
 * - Pause bot `resumed` (runTimers, run at the end of every turn): a pause of 0 days, 0 hours and
 *   0 minutes is over as soon as it starts.
 * The other ports wait: an agent accepting or resolving, a queue or dial timeout, a dial outcome.
 */
export function whyLeavesAtOnce(node: FlowNode, port: string, browserVoice: boolean): string | null {
  if (node.type === 'pause_bot') {
    const { days, hours, minutes } = node.data;
    return port === 'resumed' && days + hours + minutes === 0 ? 'as it pauses for 0 minutes' : null;
  }
  if (node.type !== 'handover') return null;
  const kind = node.data.destination.kind;
  if (port === 'no_agents' && (kind === 'live_chat' || kind === 'zendesk')) return 'when no agent is available or it is outside business hours';
  if (port === 'no_agents' && kind === 'voice') return 'when no agent is available on the Zendesk Talk line or it is closed';
  if (port === 'transferred' && kind === 'messenger') return 'as the Page Inbox takes the thread';
  if (port === 'rejected' && kind === 'voice' && browserVoice) return 'on a browser voice call, which cannot be transferred';
  return null;
}
