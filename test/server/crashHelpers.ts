import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY, providerEnv, quickDialFlow, readExample } from './harness';

/** A folder with the two test flows: chat-handover (the default, first by name) and voice-zendesk with 5 s dial timeouts. */
export function writeFlowDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-flows-'));
  writeFileSync(join(dir, 'a-chat.json'), JSON.stringify(readExample('chat-handover.baton.json')));
  writeFileSync(join(dir, 'b-voice.json'), JSON.stringify(quickDialFlow()));
  return dir;
}

export function childEnv(databaseUrl: string, providerUrl: string, webhookUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    BATON_API_KEY: API_KEY,
    BATON_WEBHOOK_URL: webhookUrl,
    BATON_WEBHOOK_SECRET: 'webhook-secret',
    BATON_POLL_SECONDS: '0.5',
    BATON_JOB_EXPIRE_SECONDS: '3',
    BATON_RETRY_DELAY_SECONDS: '1',
    BATON_LOG_LEVEL: 'warn',
    // A request cut off by kill -9 holds its outbox lease this long + 5 s.
    BATON_PROVIDER_TIMEOUT_MS: '2000',
    ...providerEnv(providerUrl),
  };
}

export type Step = { event: Record<string, unknown> };

export interface Scripted {
  id: string;
  kind: 'chat' | 'voice';
  key: string;
  steps: Step[];
  /** Answers received, by step index. */
  answers: Map<number, { seq: number; type: string }[]>;
}

export const CHAT_STEPS: Step[] = [
  { event: { type: 'user_message', text: 'Connect me to a person' } },
  { event: { type: 'agent_accept', staffId: 'dana' } },
  { event: { type: 'agent_reply', text: 'Hello, Dana here' } },
  { event: { type: 'agent_resolve' } },
];
export const VOICE_STEPS: Step[] = [{ event: { type: 'user_message', text: 'I want to talk to a human' } }];

/** POST with the API key; a network failure (the server died) comes back as status 0. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  } catch {
    return { status: 0, body: null };
  }
}

/** Runs `work` over items with at most `limit` in flight. */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
