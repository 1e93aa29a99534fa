import { expect } from 'vitest';
import type { ConversationState, Effect } from '../../src/runtime';
import type { InputEvent } from '../../src/schema';
import { playTurn, startConversation } from '../../src/server/conversations/playTurn';
import type { Queryable } from '../../src/server/db/database';
import { checkFlow } from '../../src/server/flows/flowRegistry';

/**
 * Checks one stored conversation against a single-process replay: the scene and every stored
 * input (clock + event, in the order they were applied) played through a fresh engine give exactly
 * the stored effects, turn by turn; the log is gap-free (engine effects and server records
 * together number 1..n); the final state is the stored one. Returns the stored log.
 */
export async function expectLogMatchesReplay(db: Queryable, id: string): Promise<Effect[]> {
  const conv = (await db.query<{ flow_id: string; flow_version: number; scene: unknown; state: ConversationState; next_seq: number }>('SELECT * FROM conversations WHERE id = $1', [id])).rows[0];
  const doc = (await db.query<{ document: unknown }>('SELECT document FROM flow_versions WHERE flow_id = $1 AND version = $2', [conv.flow_id, conv.flow_version])).rows[0].document;
  const flow = checkFlow(doc);
  const log = (await db.query<{ effect: Effect; cause: string }>('SELECT effect, cause FROM effects WHERE conversation_id = $1 ORDER BY seq', [id])).rows;
  const inputs = (await db.query<{ n: number; clock: number; event: InputEvent | null; first_seq: number; next_seq: number }>('SELECT * FROM inputs WHERE conversation_id = $1 ORDER BY n', [id])).rows;

  expect(log.map((r) => r.effect.seq), `${id}: gap-free log`).toEqual(log.map((_, i) => i + 1));
  expect(conv.next_seq).toBe(log.length + 1);
  const bySeq = new Map(log.map((r) => [r.effect.seq, r.effect]));

  let turn = startConversation(flow, conv.scene);
  let seq = 1 + turn.effects.length;
  const replayed: Effect[] = [...turn.effects];
  for (const input of inputs) {
    // Server records (provider_request_failed) take numbers between turns; the engine resumes after them.
    expect(input.first_seq).toBeGreaterThanOrEqual(seq);
    for (let s = seq; s < input.first_seq; s++) expect(log[s - 1].cause, `${id}: seq ${s} between turns`).toBe('server');
    turn = playTurn(flow, { state: turn.state, nextSeq: input.first_seq }, input.clock, input.event);
    expect(input.next_seq - input.first_seq, `${id}: input ${input.n} effect count`).toBe(turn.effects.length);
    replayed.push(...turn.effects);
    seq = input.next_seq;
  }
  for (let s = seq; s <= log.length; s++) expect(log[s - 1].cause).toBe('server');
  expect(replayed, `${id}: replay`).toEqual(replayed.map((e) => bySeq.get(e.seq)));
  expect(turn.state).toEqual(conv.state);
  return log.map((r) => r.effect);
}
