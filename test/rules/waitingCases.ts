import type { Flow } from '../../src/schema';
import { edge, node, tweak, chatFlow } from './helpers';
import type { RuleCase } from './ruleCase';

const W = '/nodes/3/data/destination/waiting';

/** chatFlow whose live chat handover has waiting messages, with extra nodes and edges. */
export function waitingFlow(waiting: Record<string, unknown>, more: { timeout?: number; wire?: ('timeout' | 'callback' | 'abandoned_message' | 'abandoned_task')[] } = {}): Flow {
  return tweak(chatFlow(), (f) => {
    const h = f.nodes[3];
    if (h.type !== 'handover' || h.data.destination.kind !== 'live_chat') return;
    h.data.destination = {
      ...h.data.destination,
      queueTimeoutMinutes: more.timeout ?? 10,
      waiting: { everyMinutes: 2, message: 'You are number {{queue_position}}.', offerCallbackAfterMinutes: null, callbackOffer: 'Reply "call me back".', callbackPhrases: ['call me back'], ...waiting },
    };
    const wire = more.wire ?? [];
    if (wire.includes('timeout')) f.edges.push(edge('h', 'timeout', 'sorry'));
    if (wire.includes('callback')) {
      f.nodes.push(node('create_task', 'cb', { title: 'Call the customer back' }));
      f.edges.push(edge('h', 'callback', 'cb'));
    }
    if (wire.includes('abandoned_message')) f.edges.push(edge('h', 'abandoned', 'sorry'));
    if (wire.includes('abandoned_task')) {
      f.nodes.push(node('create_task', 'gone', { title: 'The user gave up waiting' }));
      f.edges.push(edge('h', 'abandoned', 'gone'));
    }
  });
}

export const waitingCases: RuleCase[] = [
  {
    code: 'waiting.after_timeout',
    fires: () => waitingFlow({ everyMinutes: 10 }, { wire: ['timeout'] }),
    clean: () => waitingFlow({ everyMinutes: 3 }, { wire: ['timeout'] }),
    expect: { severity: 'warning', nodeId: 'h', path: `${W}/everyMinutes` },
  },
  {
    code: 'waiting.callback.unconnected',
    fires: () => waitingFlow({ offerCallbackAfterMinutes: 5 }),
    clean: () => waitingFlow({ offerCallbackAfterMinutes: 5 }, { wire: ['callback'] }),
    expect: { severity: 'warning', nodeId: 'h', path: `${W}/offerCallbackAfterMinutes` },
  },
  {
    code: 'waiting.callback.no_phrases',
    fires: () => waitingFlow({ offerCallbackAfterMinutes: 5, callbackPhrases: [' '] }, { wire: ['callback'] }),
    clean: () => waitingFlow({ offerCallbackAfterMinutes: 5 }, { wire: ['callback'] }),
    expect: { severity: 'warning', nodeId: 'h', path: `${W}/callbackPhrases` },
  },
  {
    code: 'waiting.no_status',
    fires: () => waitingFlow({ message: 'Please hold.' }),
    clean: () => waitingFlow({ message: 'Please hold; the wait is {{estimated_wait}}.' }),
    expect: { severity: 'info', nodeId: 'h', path: `${W}/message` },
  },
  {
    code: 'waiting.message_after_left',
    fires: () => waitingFlow({}, { wire: ['abandoned_message'] }),
    clean: () => waitingFlow({}, { wire: ['abandoned_task'] }),
    expect: { severity: 'warning', nodeId: 'sorry', path: '/nodes/4' },
  },
];
