import type { Flow } from '../schema/flow';
import { parseFlow } from '../schema/parseFlow';
import chatHandover from '../../examples/chat-handover.baton.json';
import voiceZendesk from '../../examples/voice-zendesk.baton.json';
import messengerHandover from '../../examples/messenger-handover.baton.json';

export interface FlowTemplate {
  id: string;
  /** Short card title; also the name a new flow made from it gets. */
  name: string;
  description: string;
  flow: Flow;
}

/** Example files go through parseFlow like any import; a broken example fails loudly at start-up and in tests. */
function fromExample(id: string, name: string, raw: unknown): FlowTemplate {
  const result = parseFlow(raw);
  if (!result.ok) {
    const first = result.issues[0];
    throw new Error(`Starter template "${id}" is not a valid flow at ${first.path || '/'}: ${first.message}`);
  }
  return { id, name, description: result.flow.description, flow: result.flow };
}

/** The starter templates a new user sees on the empty library screen, from examples/*.baton.json. */
export const templates: readonly FlowTemplate[] = [
  fromExample('chat-handover', 'Chat handover', chatHandover),
  fromExample('voice-zendesk', 'Voice handover to Zendesk', voiceZendesk),
  fromExample('messenger-handover', 'Messenger handover', messengerHandover),
];
