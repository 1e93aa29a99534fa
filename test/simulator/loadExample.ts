import { readFileSync } from 'node:fs';
import { parseFlow, type Flow } from '../../src/schema';

/** An example flow from examples/, parsed the one way in. */
export function loadExample(name: 'voice-zendesk' | 'chat-handover' | 'messenger-handover'): Flow {
  const parsed = parseFlow(readFileSync(`examples/${name}.baton.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  return parsed.flow;
}
