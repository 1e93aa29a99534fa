import { readFileSync } from 'node:fs';
import { createRuntime, type Effect, type Runtime } from '../../../src/runtime';
import { parseFlow, type Flow, type InputEvent } from '../../../src/schema';
import type { ApplyResult, ConversationService, ConversationSummary, ProviderRefKind, ProviderRefs } from '../../../src/server/contracts';

export function loadExampleFlow(name: string): Flow {
  const parsed = parseFlow(readFileSync(`examples/${name}.baton.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.flow;
}

interface Stored {
  summary: ConversationSummary;
  runtime: Runtime;
  seen: Map<string, Effect[]>;
}

/**
 * The ConversationService contract in memory, over the real engine: a test double of the core for
 * the webhook edge's unit tests (the server's own service runs on PGlite / PostgreSQL). It keeps
 * the contract's promises: refs are searchable, `dedupeKey` makes a second delivery a no-op that
 * returns the first answer's effects. `calls` records every apply, so a test can show a refused
 * webhook reached nothing.
 */
export function createMemoryConversationService(flows: Flow[]) {
  const conversations = new Map<string, Stored>();
  const calls: { conversationId: string; event: InputEvent; dedupeKey?: string }[] = [];
  let next = 1;

  const service: ConversationService = {
    async create({ flowId, scene, refs = {} }) {
      const flow = flowId ? flows.find((f) => f.id === flowId) : flows[0];
      if (!flow) throw new Error(`unknown flow ${flowId}`);
      const created = createRuntime(flow);
      if (!created.ok) throw new Error('flow does not validate');
      const summary: ConversationSummary = { id: `conv-${next++}`, flowId: flow.id, flowVersion: 1, refs: { ...refs } };
      const effects = created.runtime.start(scene);
      conversations.set(summary.id, { summary, runtime: created.runtime, seen: new Map() });
      return { ...summary, effects };
    },
    async findByRef(kind: ProviderRefKind, value: string) {
      for (const { summary } of conversations.values()) if (summary.refs[kind] === value) return summary;
      return null;
    },
    async apply(conversationId, event, options = {}): Promise<ApplyResult> {
      calls.push({ conversationId, event, dedupeKey: options.dedupeKey });
      const stored = conversations.get(conversationId);
      if (!stored) throw new Error(`unknown conversation ${conversationId}`);
      const earlier = options.dedupeKey ? stored.seen.get(options.dedupeKey) : undefined;
      if (earlier) return { duplicate: true, effects: earlier };
      const effects = stored.runtime.dispatch(event);
      if (options.dedupeKey) stored.seen.set(options.dedupeKey, effects);
      return { duplicate: false, effects };
    },
  };

  return {
    service,
    calls,
    /** The whole effect log of a conversation. */
    log: (id: string) => conversations.get(id)?.runtime.log ?? [],
    count: () => conversations.size,
    addRefs: (id: string, refs: ProviderRefs) => Object.assign(conversations.get(id)!.summary.refs, refs),
  };
}
